package dev.steward.model.contract.dcs;

import dev.steward.model.contract.schema.Field;
import dev.steward.model.contract.schema.Article;
import dev.steward.model.contract.schema.FieldList;
import dev.steward.model.contract.schema.ListShape;
import dev.steward.model.contract.schema.ObjectType;
import dev.steward.model.contract.schema.ScalarShape;
import dev.steward.model.contract.schema.TextPattern;
import dev.steward.model.contract.schema.Variant;
import dev.steward.model.contract.schema.Version;
import java.util.ArrayList;
import java.util.List;

/** DCS servers: the type-specific fields each server type takes and requires, per version. */
final class DcsServers {

    private static final ScalarShape FORMAT = ScalarShape.oneOf("parquet", "delta", "json", "csv");
    private static final ScalarShape DELIMITER = ScalarShape.oneOf("new_line", "array");
    private static final ScalarShape SFTP_LOCATION = ScalarShape.matching(TextPattern.of("^sftp://.*", "an sftp:// URL"));

    private final Version version;
    private final List<String> types = new ArrayList<>();

    DcsServers(Version version) {
        this.version = version;
    }

    ObjectType build() {
        ObjectType server = new ObjectType("Server", "a server", false).discriminator("type");
        server.field("description", ScalarShape.STRING).field("environment", ScalarShape.STRING);
        if (version.atLeast("1.1.0")) {
            ObjectType role = new ObjectType("ServerRole", "a server role", false)
                    .field("name", ScalarShape.STRING).field("description", ScalarShape.STRING).require("name");
            server.field("roles", ListShape.of(role));
        }
        server.require("type");
        if (version.atLeast("0.9.2")) {
            current(server);
        } else {
            add(server, "bigquery", "project dataset", "project dataset");
            add(server, "BigQuery", "project dataset", "project dataset");
            add(server, "s3", "location", "location");
            add(server, "redshift", "account database schema", "account database schema");
            add(server, "snowflake", "account database schema", "account database schema");
            add(server, "databricks", "share", "share");
            add(server, "kafka", "host topic", "host topic");
        }
        boolean freeType = version.atLeast("1.2.0");
        server.field(freeType ? Field.of("type", ScalarShape.STRING).withSuggestions(types)
                : Field.of("type", ScalarShape.oneOf(types)));
        return server;
    }

    private void current(ObjectType server) {
        boolean v093 = version.atLeast("0.9.3");
        boolean v11 = version.atLeast("1.1.0");
        add(server, "bigquery", "project dataset", "project dataset");
        if (!version.atLeast("1.2.0")) {
            add(server, "BigQuery", "project dataset", "project dataset");
        }
        files(server, "s3", "location", v093);
        if (v093 && !v11) {
            files(server, "gcs", "location", true);
        }
        if (v093) {
            files(server, "sftp", "location", true);
        }
        add(server, "redshift", "account database schema", v093 ? "account database schema host port:int endpoint clusterIdentifier"
                : "account database schema");
        if (v093) {
            files(server, "azure", "location format", true);
            add(server, "sqlserver", "host database schema", "host port:int database schema");
        }
        add(server, "snowflake", "account database schema", "account database schema");
        add(server, "databricks", v093 ? "catalog schema" : "host catalog schema", "host catalog schema");
        if (v093) {
            add(server, "dataframe", "", "");
            add(server, "glue", "account database", "account database location format");
        }
        add(server, "postgres", "host port database schema", "host port:int database schema");
        if (v093) {
            add(server, "oracle", "host port serviceName", "host port:int serviceName");
        }
        add(server, "kafka", "host topic", "host topic format");
        add(server, "pubsub", "project topic", "project topic");
        if (v093) {
            add(server, "kinesis", "stream", "stream region format");
            add(server, "trino", "host port catalog schema", "host port:int catalog schema");
        }
        if (version.atLeast("1.2.0")) {
            add(server, "clickhouse", "host port database", "host port:int database");
        }
        add(server, "local", "path format", "path format");
    }

    private void files(ObjectType server, String type, String required, boolean enums) {
        Variant.Builder b = builder(type, required, "location" + (type.equals("s3") ? " endpointUrl" : "") + " format delimiter");
        if (enums) {
            b.field("format", FORMAT).field("delimiter", DELIMITER);
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
                .advisory(version.atLeast("1.1.0")) // the 1.x schemas put the type rules beside a $ref, which draft-07 ignores
                .fields(FieldList.parse(fields))
                .require("server-missing-field", FieldList.names(required));
    }
}
