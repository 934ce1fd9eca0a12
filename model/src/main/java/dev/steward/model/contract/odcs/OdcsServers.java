package dev.steward.model.contract.odcs;

import dev.steward.model.contract.schema.ObjectType;
import dev.steward.model.contract.schema.ServerTypes;
import dev.steward.model.contract.schema.Version;
import java.util.List;

/** The ODCS server types and the fields each one takes and requires, per version. */
final class OdcsServers {

    private final Version version;
    private final boolean v31;

    OdcsServers(Version version) {
        this.version = version;
        this.v31 = version.atLeast("v3.1.0");
    }

    /** Adds one variant per server type to {@code server}; returns the server type names in schema order. */
    List<String> addTo(ObjectType server) {
        ServerTypes t = new ServerTypes(server, false);
        t.add("api", "location", "location");
        t.add("athena", athenaRequired(), "stagingDir schema catalog regionName" + (version.atLeast("v3.2.0") ? " workgroup" : ""));
        t.fileStore("azure", "location format", !v31);
        t.add("bigquery", "project dataset", "project dataset");
        t.add("clickhouse", "host port database", "host port:int database");
        t.add("databricks", "catalog schema", "host catalog schema");
        t.add("denodo", "host port", "host port:int database");
        t.add("dremio", "host port", "host port:int schema");
        t.add("duckdb", "database", v31 ? "database schema" : "database schema:int");
        t.add("glue", "account database", "account database location format");
        t.add("cloudsql", "host port database schema", "host port:int database schema");
        t.add("db2", "host port database", "host port:int database schema");
        if (v31) {
            t.add("hive", "host database", "host port:int database");
            t.add("impala", "host database", "host port:int database");
        }
        t.add("informix", "host database", "host port:int database");
        if (v31) {
            t.add("zen", "host database", "host port:int database");
        }
        t.add("custom", "", "account catalog database dataset delimiter endpointUrl format host location path"
                + " port:int project region regionName schema serviceName stagingDir warehouse" + (v31 ? " stream" : ""));
        t.add("kafka", "host", "host format");
        t.add("kinesis", "", "region format");
        t.add("local", "path format", "path format");
        t.add("mysql", "host port database", "host port:int database");
        t.add("oracle", "host port serviceName", "host port:int serviceName");
        t.add("postgresql", "host port database schema", "host port:int database schema");
        t.add("postgres", "host port database schema", "host port:int database schema");
        t.add("presto", "host", "host catalog schema");
        t.add("pubsub", "project", "project");
        t.add("redshift", "database schema", "host database schema region account");
        t.fileStore("s3", "location", !v31);
        t.fileStore("sftp", "location", !v31);
        t.add("snowflake", "account database schema", "host port:int account database schema warehouse");
        t.add("sqlserver", "host database schema", "host port:int database schema");
        t.add("synapse", "host port database", "host port:int database");
        t.add("trino", "host port catalog schema", "host port:int catalog schema");
        t.add("vertica", "host port database schema", "host port:int database schema");
        return t.names();
    }

    private String athenaRequired() {
        if (version.atLeast("v3.2.0")) {
            return "schema";
        }
        return version.atLeast("v3.0.2") ? "stagingDir schema" : "staging_dir schema";
    }
}
