package dev.steward.model.contract.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DCS {@code servers} (a map keyed by name) to the ODCS list with a {@code server} name. ODCS
 * allows only certain keys per server type; the others are kept as the server's custom
 * properties. A type ODCS does not know (e.g. {@code dataframe}) becomes {@code custom}.
 */
final class DcsServerMapper {

    /** The type-specific keys ODCS 3.1 allows, by server type. */
    private static final Map<String, Set<String>> KEYS = Map.ofEntries(
            Map.entry("api", Set.of("location")),
            Map.entry("athena", Set.of("catalog", "regionName", "schema", "stagingDir")),
            Map.entry("azure", Set.of("delimiter", "format", "location")),
            Map.entry("bigquery", Set.of("dataset", "project")),
            Map.entry("clickhouse", Set.of("database", "host", "port")),
            Map.entry("databricks", Set.of("catalog", "host", "schema")),
            Map.entry("denodo", Set.of("database", "host", "port")),
            Map.entry("dremio", Set.of("host", "port", "schema")),
            Map.entry("duckdb", Set.of("database", "schema")),
            Map.entry("glue", Set.of("account", "database", "format", "location")),
            Map.entry("cloudsql", Set.of("database", "host", "port", "schema")),
            Map.entry("db2", Set.of("database", "host", "port", "schema")),
            Map.entry("hive", Set.of("database", "host", "port")),
            Map.entry("impala", Set.of("database", "host", "port")),
            Map.entry("informix", Set.of("database", "host", "port")),
            Map.entry("zen", Set.of("database", "host", "port")),
            Map.entry("custom", Set.of("account", "catalog", "database", "dataset", "delimiter", "endpointUrl", "format",
                    "host", "location", "path", "port", "project", "region", "regionName", "schema", "serviceName",
                    "stagingDir", "stream", "warehouse")),
            Map.entry("kafka", Set.of("format", "host")),
            Map.entry("kinesis", Set.of("format", "region")),
            Map.entry("local", Set.of("format", "path")),
            Map.entry("mysql", Set.of("database", "host", "port")),
            Map.entry("oracle", Set.of("host", "port", "serviceName")),
            Map.entry("postgresql", Set.of("database", "host", "port", "schema")),
            Map.entry("postgres", Set.of("database", "host", "port", "schema")),
            Map.entry("presto", Set.of("catalog", "host", "schema")),
            Map.entry("pubsub", Set.of("project")),
            Map.entry("redshift", Set.of("account", "database", "host", "region", "schema")),
            Map.entry("s3", Set.of("delimiter", "endpointUrl", "format", "location")),
            Map.entry("sftp", Set.of("delimiter", "format", "location")),
            Map.entry("snowflake", Set.of("account", "database", "host", "port", "schema", "warehouse")),
            Map.entry("sqlserver", Set.of("database", "host", "port", "schema")),
            Map.entry("synapse", Set.of("database", "host", "port")),
            Map.entry("trino", Set.of("catalog", "host", "port", "schema")),
            Map.entry("vertica", Set.of("database", "host", "port", "schema")));

    private final MigrationLog log;

    DcsServerMapper(MigrationLog log) {
        this.log = log;
    }

    List<Object> servers(Map<String, Object> servers) {
        List<Object> out = new ArrayList<>();
        servers.forEach((name, value) -> {
            Map<String, Object> dcs = PlainValues.asMap(value);
            if (dcs == null) {
                log.dropped("servers." + name, "a server must be a mapping");
            } else {
                out.add(server(name, new LinkedHashMap<>(dcs), "servers." + name));
            }
        });
        return out;
    }

    private Map<String, Object> server(String name, Map<String, Object> dcs, String path) {
        Map<String, Object> s = new LinkedHashMap<>();
        List<Object> custom = new ArrayList<>();
        s.put("server", name);
        String type = PlainValues.asText(dcs.remove("type"));
        String odcsType = type == null ? "custom" : KEYS.containsKey(type) ? type : "custom";
        s.put("type", odcsType);
        if (type == null) {
            log.note(path + ".type", "missing; the server is migrated as type 'custom'");
        } else if (!type.equals(odcsType)) {
            custom.add(OdcsValues.customProperty("dcsServerType", type));
            log.note(path + ".type", "'" + type + "' is not an ODCS server type; migrated as 'custom'");
        }
        for (String key : List.of("description", "environment")) {
            Object v = dcs.remove(key);
            if (v != null) {
                s.put(key, PlainValues.asText(v));
            }
        }
        List<Object> roles = PlainValues.asList(dcs.remove("roles"));
        if (roles != null) {
            s.put("roles", roles(roles, path + ".roles"));
        }
        Set<String> allowed = KEYS.get(odcsType);
        dcs.forEach((key, value) -> {
            if (allowed.contains(key) && value != null) {
                s.put(key, "port".equals(key) ? port(value) : value);
            } else {
                custom.add(OdcsValues.customProperty(key, value));
            }
        });
        if (!custom.isEmpty()) {
            s.put("customProperties", custom);
        }
        return s;
    }

    private List<Object> roles(List<Object> roles, String path) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            Map<String, Object> role = PlainValues.asMap(roles.get(i));
            if (role == null || role.get("name") == null) {
                log.dropped(path + "[" + i + "]", "a role needs a name");
                continue;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("role", PlainValues.asText(role.get("name")));
            if (role.get("description") != null) {
                r.put("description", PlainValues.asText(role.get("description")));
            }
            String at = path + "[" + i + "]";
            role.keySet().stream().filter(k -> !k.equals("name") && !k.equals("description"))
                    .forEach(k -> log.dropped(at + "." + k, "ODCS roles have no such key"));
            out.add(r);
        }
        return out;
    }

    private static Object port(Object value) {
        if (value instanceof String text && text.strip().matches("\\d{1,5}")) {
            return Long.parseLong(text.strip());
        }
        return value;
    }
}
