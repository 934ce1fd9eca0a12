package dev.steward.views.form;

import java.util.List;
import java.util.Locale;

/** The main connection fields of an ODCS server, by server type. */
public final class ServerFields {
    private ServerFields() {
    }

    /** The connection keys to show for {@code type}, most important first. */
    public static List<ColumnSpec> forType(String type) {
        return switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
            case "snowflake" -> texts("account", "database", "schema", "warehouse");
            case "bigquery" -> texts("project", "dataset");
            case "databricks" -> texts("host", "catalog", "schema");
            case "s3", "azure", "sftp" -> texts("location", "format", "delimiter");
            case "kafka", "pubsub", "kinesis" -> texts("host", "format");
            case "athena" -> texts("stagingDir", "schema", "regionName");
            case "glue" -> texts("account", "database", "location", "format");
            case "local" -> texts("path", "format");
            case "duckdb" -> texts("database", "schema");
            case "api" -> texts("location");
            case "oracle" -> withPort(texts("host", "serviceName"));
            default -> withPort(texts("host", "database", "schema"));
        };
    }

    private static List<ColumnSpec> texts(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> ColumnSpec.text(k, title(k), 200)).toList();
    }

    private static List<ColumnSpec> withPort(List<ColumnSpec> fields) {
        var out = new java.util.ArrayList<>(fields);
        out.add(1, ColumnSpec.of("port", "Port", CellKind.INTEGER, 80));
        return List.copyOf(out);
    }

    static String title(String key) {
        StringBuilder b = new StringBuilder().append(Character.toUpperCase(key.charAt(0)));
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c)) {
                b.append(' ').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
