package dev.steward.model.preview;

import dev.steward.model.query.CompiledQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs a {@link CompiledQuery} over JDBC: parameters bound in order, at most {@code rowCap} rows kept,
 * cancellable from another thread through a {@link Cancellation}, database errors turned into one-line
 * messages. Values come back as Java types (see {@link QueryResult}). Thread-safe (one connection per run).
 */
public final class QueryRunner {

    /** Opens a new connection for one query; the runner closes it. */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private final ConnectionSource connections;
    private final int rowCap;

    public QueryRunner(ConnectionSource connections, int rowCap) {
        if (rowCap < 1) {
            throw new IllegalArgumentException("rowCap must be at least 1, was " + rowCap);
        }
        this.connections = connections;
        this.rowCap = rowCap;
    }

    public int rowCap() {
        return rowCap;
    }

    public QueryResult run(CompiledQuery query, Cancellation cancellation) throws QueryExecutionException {
        long start = System.nanoTime();
        try (Connection c = connections.open(); PreparedStatement s = c.prepareStatement(query.sql())) {
            for (int i = 0; i < query.parameters().size(); i++) {
                s.setObject(i + 1, query.parameters().get(i));
            }
            s.setMaxRows(rowCap + 1);
            if (!cancellation.attach(s)) {
                throw new QueryExecutionException("The query was cancelled", true);
            }
            List<List<Object>> rows = new ArrayList<>();
            boolean truncated = false;
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                int width = meta.getColumnCount();
                while (rs.next()) {
                    if (rows.size() == rowCap) {
                        truncated = true;
                        break;
                    }
                    List<Object> row = new ArrayList<>(width);
                    for (int col = 1; col <= width; col++) {
                        row.add(value(rs, meta.getColumnType(col), col));
                    }
                    rows.add(row);
                }
            } finally {
                cancellation.detach();
            }
            datesAtMidnight(query, rows);
            return new QueryResult(query.sql(), query.columns(), rows, truncated,
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (SQLException e) {
            if (cancellation.isCancelled()) {
                throw new QueryExecutionException("The query was cancelled", true);
            }
            throw new QueryExecutionException(oneLine(e), false);
        }
    }

    /**
     * A time column truncated to a day or coarser grain ({@code metric_time__month}) comes back from
     * {@code DATE_TRUNC} as a timestamp at midnight; when every value of a temporal column is at midnight
     * it is shown as the date it stands for.
     */
    private static void datesAtMidnight(CompiledQuery query, List<List<Object>> rows) {
        for (int col = 0; col < query.columns().size(); col++) {
            if (!query.columns().get(col).temporal()) {
                continue;
            }
            final int c = col;
            boolean allMidnight = !rows.isEmpty() && rows.stream().map(r -> r.get(c)).allMatch(v -> v == null
                    || v instanceof LocalDateTime t && t.toLocalTime().equals(LocalTime.MIDNIGHT)
                    || v instanceof OffsetDateTime t && t.toLocalTime().equals(LocalTime.MIDNIGHT));
            if (allMidnight) {
                for (List<Object> r : rows) {
                    Object v = r.get(c);
                    r.set(c, switch (v) {
                        case LocalDateTime t -> t.toLocalDate();
                        case OffsetDateTime t -> t.toLocalDate();
                        case null, default -> v;
                    });
                }
            }
        }
    }

    private static Object value(ResultSet rs, int sqlType, int col) throws SQLException {
        Object v = switch (sqlType) {
            case Types.DATE -> rs.getObject(col, LocalDate.class);
            case Types.TIMESTAMP -> rs.getObject(col, LocalDateTime.class);
            case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(col, OffsetDateTime.class);
            case Types.TIME -> rs.getObject(col, LocalTime.class);
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.CLOB ->
                    rs.getString(col);
            default -> rs.getObject(col);
        };
        return rs.wasNull() ? null : v;
    }

    /**
     * The first line of a database error, without H2's {@code ; SQL statement:} echo and its
     * {@code [42122-232]} code suffix, or PostgreSQL's {@code ERROR: } prefix.
     */
    public static String oneLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        int echo = m.indexOf("; SQL statement:");
        m = echo < 0 ? m : m.substring(0, echo);
        m = m.replaceFirst("\\s*\\[\\d+-\\d+]\\s*$", "");
        if (m.toUpperCase(Locale.ROOT).startsWith("ERROR: ")) {
            m = m.substring(7);
        }
        m = m.strip();
        return m.isEmpty() ? "The database refused the query (" + e.getSQLState() + ")" : m;
    }
}
