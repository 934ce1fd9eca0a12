package dev.steward.model.query.golden;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * MetricFlow's source table snapshots ({@code source_table_snapshots/<model>/<table>.yaml}) loaded into one
 * schema of a database: column types STRING, TIME, INT, FLOAT, BOOLEAN map to VARCHAR, TIMESTAMP, BIGINT,
 * DOUBLE PRECISION, BOOLEAN, which H2 and PostgreSQL both understand.
 */
final class TableSnapshots {

    private TableSnapshots() {
    }

    /** Creates {@code schema} (dropping what was there), loads every snapshot under {@code root}; the table count. */
    static int load(Connection connection, String schema, Path root) throws IOException, SQLException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (Path file : files) {
                loadTable(connection, schema, file);
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return files.size();
    }

    @SuppressWarnings("unchecked")
    private static void loadTable(Connection connection, String schema, Path file) throws IOException, SQLException {
        Map<String, Object> snapshot = (Map<String, Object>) new YAMLMapper().readValue(file.toFile(), Map.class)
                .get("table_snapshot");
        String table = schema + "." + snapshot.get("table_name");
        List<Map<String, Object>> columns = (List<Map<String, Object>>) snapshot.get("column_definitions");
        List<String> types = columns.stream().map(c -> String.valueOf(c.get("type"))).toList();
        List<String> definitions = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            definitions.add(columns.get(i).get("name") + " " + sqlType(types.get(i), file));
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + " (" + String.join(", ", definitions) + ")");
            for (int i = 0; i < columns.size(); i++) {
                if (types.get(i).equals("TIME")) { // time-spine joins of the check queries need them on H2
                    statement.execute("CREATE INDEX " + snapshot.get("table_name") + "_" + i + " ON " + table + " ("
                            + columns.get(i).get("name") + ")");
                }
            }
        }
        List<List<Object>> rows = (List<List<Object>>) snapshot.getOrDefault("rows", List.of());
        if (rows == null || rows.isEmpty()) {
            return;
        }
        String insert = "INSERT INTO " + table + " VALUES (" + String.join(", ", Collections.nCopies(columns.size(),
                "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (List<Object> row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    bind(statement, i + 1, types.get(i), i < row.size() ? row.get(i) : null);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static String sqlType(String type, Path file) {
        return switch (type) {
            case "STRING" -> "VARCHAR(1024)";
            case "TIME" -> "TIMESTAMP";
            case "INT" -> "BIGINT";
            case "FLOAT" -> "DOUBLE PRECISION";
            case "BOOLEAN" -> "BOOLEAN";
            default -> throw new IllegalStateException(file + ": unknown column type " + type);
        };
    }

    private static void bind(PreparedStatement statement, int index, String type, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, switch (type) {
                case "TIME" -> Types.TIMESTAMP;
                case "INT" -> Types.BIGINT;
                case "FLOAT" -> Types.DOUBLE;
                case "BOOLEAN" -> Types.BOOLEAN;
                default -> Types.VARCHAR;
            });
            return;
        }
        String text = String.valueOf(value).strip();
        switch (type) {
            case "TIME" -> statement.setTimestamp(index, Timestamp.valueOf(timestamp(text)));
            case "INT" -> statement.setLong(index, Long.parseLong(text));
            case "FLOAT" -> statement.setDouble(index, Double.parseDouble(text));
            case "BOOLEAN" -> statement.setBoolean(index, Boolean.parseBoolean(text));
            default -> statement.setString(index, text);
        }
    }

    /** {@code 2020-01-01}, {@code 2020-01-01 10:00:00[.123456]} or with a {@code T}. */
    static LocalDateTime timestamp(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay();
        }
        return LocalDateTime.parse(text.replace(' ', 'T'));
    }
}
