package dev.steward.views.form;

import java.util.List;

/** Suggested values from the ODCS v3 standard for the form's choice fields. */
public final class FormChoices {
    public static final List<String> STATUS = List.of("proposed", "draft", "active", "deprecated", "retired");
    public static final List<String> LOGICAL_TYPES = List.of("string", "date", "timestamp", "time", "number", "integer",
            "object", "array", "boolean");
    public static final List<String> QUALITY_TYPES = List.of("library", "text", "sql", "custom");
    public static final List<String> DIMENSIONS = List.of("accuracy", "completeness", "conformity", "consistency",
            "coverage", "timeliness", "uniqueness");
    public static final List<String> SEVERITIES = List.of("info", "warning", "error");
    public static final List<String> ENVIRONMENTS = List.of("prod", "preprod", "staging", "uat", "dev", "test");
    public static final List<String> SERVER_TYPES = List.of("api", "athena", "azure", "bigquery", "clickhouse",
            "databricks", "db2", "denodo", "dremio", "duckdb", "glue", "cloudsql", "informix", "kafka", "kinesis", "local",
            "mysql", "oracle", "postgresql", "postgres", "presto", "pubsub", "redshift", "s3", "sftp", "snowflake",
            "sqlserver", "synapse", "trino", "vertica", "custom");

    private FormChoices() {
    }
}
