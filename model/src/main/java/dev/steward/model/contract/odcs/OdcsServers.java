package dev.steward.model.contract.odcs;

import dev.steward.model.contract.schema.Article;
import dev.steward.model.contract.schema.FieldList;
import dev.steward.model.contract.schema.ObjectType;
import dev.steward.model.contract.schema.ScalarShape;
import dev.steward.model.contract.schema.TextPattern;
import dev.steward.model.contract.schema.Variant;
import dev.steward.model.contract.schema.Version;
import java.util.ArrayList;
import java.util.List;

/** The ODCS server types and the fields each one takes and requires, per version. */
final class OdcsServers {

    private static final ScalarShape FORMAT_V30 = ScalarShape.oneOf("parquet", "delta", "json", "csv");
    private static final ScalarShape DELIMITER_V30 = ScalarShape.oneOf("new_line", "array");
    private static final ScalarShape SFTP_LOCATION = ScalarShape.matching(
            TextPattern.of("^sftp://.*", "an sftp:// URL"));

    private final Version version;
    private final boolean v31;
    private final List<String> types = new ArrayList<>();

    OdcsServers(Version version) {
        this.version = version;
        this.v31 = version.atLeast("v3.1.0");
    }

    /** Adds one variant per server type to {@code server}; returns the server type names in schema order. */
    List<String> addTo(ObjectType server) {
        add(server, "api", "location", "location");
        add(server, "athena", athenaRequired(), "stagingDir schema catalog regionName" + (version.atLeast("v3.2.0") ? " workgroup" : ""));
        fileStore(server, "azure", "location format");
        add(server, "bigquery", "project dataset", "project dataset");
        add(server, "clickhouse", "host port database", "host port:int database");
        add(server, "databricks", "catalog schema", "host catalog schema");
        add(server, "denodo", "host port", "host port:int database");
        add(server, "dremio", "host port", "host port:int schema");
        add(server, "duckdb", "database", v31 ? "database schema" : "database schema:int");
        add(server, "glue", "account database", "account database location format");
        add(server, "cloudsql", "host port database schema", "host port:int database schema");
        add(server, "db2", "host port database", "host port:int database schema");
        if (v31) {
            add(server, "hive", "host database", "host port:int database");
            add(server, "impala", "host database", "host port:int database");
        }
        add(server, "informix", "host database", "host port:int database");
        if (v31) {
            add(server, "zen", "host database", "host port:int database");
        }
        add(server, "custom", "", "account catalog database dataset delimiter endpointUrl format host location path"
                + " port:int project region regionName schema serviceName stagingDir warehouse" + (v31 ? " stream" : ""));
        add(server, "kafka", "host", "host format");
        add(server, "kinesis", "", "region format");
        add(server, "local", "path format", "path format");
        add(server, "mysql", "host port database", "host port:int database");
        add(server, "oracle", "host port serviceName", "host port:int serviceName");
        add(server, "postgresql", "host port database schema", "host port:int database schema");
        add(server, "postgres", "host port database schema", "host port:int database schema");
        add(server, "presto", "host", "host catalog schema");
        add(server, "pubsub", "project", "project");
        add(server, "redshift", "database schema", "host database schema region account");
        fileStore(server, "s3", "location");
        fileStore(server, "sftp", "location");
        add(server, "snowflake", "account database schema", "host port:int account database schema warehouse");
        add(server, "sqlserver", "host database schema", "host port:int database schema");
        add(server, "synapse", "host port database", "host port:int database");
        add(server, "trino", "host port catalog schema", "host port:int catalog schema");
        add(server, "vertica", "host port database schema", "host port:int database schema");
        return List.copyOf(types);
    }

    private String athenaRequired() {
        if (version.atLeast("v3.2.0")) {
            return "schema";
        }
        return version.atLeast("v3.0.2") ? "stagingDir schema" : "staging_dir schema";
    }

    private void fileStore(ObjectType server, String type, String required) {
        Variant.Builder b = builder(type, required, "location " + (type.equals("s3") ? "endpointUrl " : "") + "format delimiter");
        if (!v31) {
            b.field("format", FORMAT_V30).field("delimiter", DELIMITER_V30);
        }
        if (type.equals("sftp")) {
            b.field("location", SFTP_LOCATION);
        }
        server.variant(b.build());
    }

    private void add(ObjectType server, String type, String required, String fields) {
        server.variant(builder(type, required, fields).build());
    }

    private Variant.Builder builder(String type, String required, String fields) {
        types.add(type);
        return Variant.when(Article.withArticle(type) + " server", "type", type)
                .fields(FieldList.parse(fields))
                .require("server-missing-field", FieldList.names(required));
    }
}
