package dev.steward.model.contract.dcs;

import dev.steward.model.contract.schema.Field;
import dev.steward.model.contract.schema.ListShape;
import dev.steward.model.contract.schema.ObjectType;
import dev.steward.model.contract.schema.ScalarShape;
import dev.steward.model.contract.schema.ServerTypes;
import dev.steward.model.contract.schema.Version;

/** DCS servers: the type-specific fields each server type takes and requires, per version. */
final class DcsServers {

    private final Version version;

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
        // the 1.x schemas put the type rules beside a $ref, which draft-07 validators ignore
        ServerTypes t = new ServerTypes(server, version.atLeast("1.1.0"));
        if (version.atLeast("0.9.2")) {
            current(t);
        } else {
            t.add("bigquery", "project dataset", "project dataset");
            t.add("BigQuery", "project dataset", "project dataset");
            t.add("s3", "location", "location");
            t.add("redshift", "account database schema", "account database schema");
            t.add("snowflake", "account database schema", "account database schema");
            t.add("databricks", "share", "share");
            t.add("kafka", "host topic", "host topic");
        }
        boolean freeType = version.atLeast("1.2.0");
        server.field(freeType ? Field.of("type", ScalarShape.STRING).withSuggestions(t.names())
                : Field.of("type", ScalarShape.oneOf(t.names())));
        return server;
    }

    private void current(ServerTypes t) {
        boolean v093 = version.atLeast("0.9.3");
        boolean v11 = version.atLeast("1.1.0");
        t.add("bigquery", "project dataset", "project dataset");
        if (!version.atLeast("1.2.0")) {
            t.add("BigQuery", "project dataset", "project dataset");
        }
        t.fileStore("s3", "location", v093);
        if (v093 && !v11) {
            t.fileStore("gcs", "location", true);
        }
        if (v093) {
            t.fileStore("sftp", "location", true);
        }
        t.add("redshift", "account database schema", v093 ? "account database schema host port:int endpoint clusterIdentifier"
                : "account database schema");
        if (v093) {
            t.fileStore("azure", "location format", true);
            t.add("sqlserver", "host database schema", "host port:int database schema");
        }
        t.add("snowflake", "account database schema", "account database schema");
        t.add("databricks", v093 ? "catalog schema" : "host catalog schema", "host catalog schema");
        if (v093) {
            t.add("dataframe", "", "");
            t.add("glue", "account database", "account database location format");
        }
        t.add("postgres", "host port database schema", "host port:int database schema");
        if (v093) {
            t.add("oracle", "host port serviceName", "host port:int serviceName");
        }
        t.add("kafka", "host topic", "host topic format");
        t.add("pubsub", "project topic", "project topic");
        if (v093) {
            t.add("kinesis", "stream", "stream region format");
            t.add("trino", "host port catalog schema", "host port:int catalog schema");
        }
        if (version.atLeast("1.2.0")) {
            t.add("clickhouse", "host port database", "host port:int database");
        }
        t.add("local", "path format", "path format");
    }
}
