package dev.steward.model.query.golden;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Rows of a query result, normalised so that results of different queries and engines compare like
 * MetricFlow's {@code assert_data_tables_equal}: column names lower-cased and compared as a set (order by
 * name), numbers as {@link BigDecimal} with a small relative tolerance, dates and timestamps as
 * {@link LocalDateTime}, rows as a multiset unless the case checks order.
 */
record ResultTable(List<String> columns, List<List<Object>> rows) {
    private static final double RELATIVE_TOLERANCE = 1e-6;
    private static final double ABSOLUTE_TOLERANCE = 1e-9;

    static ResultTable read(ResultSet resultSet) throws SQLException {
        ResultSetMetaData meta = resultSet.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (resultSet.next()) {
            List<Object> row = new ArrayList<>();
            for (int i = 1; i <= columns.size(); i++) {
                row.add(normalise(resultSet.getObject(i)));
            }
            rows.add(row);
        }
        return new ResultTable(columns, rows);
    }

    static Object normalise(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal d -> d;
            case Double d -> d.isNaN() || d.isInfinite() ? d.toString() : BigDecimal.valueOf(d);
            case Float f -> BigDecimal.valueOf(f.doubleValue());
            case Number n -> new BigDecimal(n.toString());
            case java.sql.Timestamp t -> t.toLocalDateTime();
            case java.sql.Date d -> d.toLocalDate().atStartOfDay();
            case LocalDate d -> d.atStartOfDay();
            case OffsetDateTime t -> t.toLocalDateTime();
            case LocalDateTime t -> t;
            case Boolean b -> b;
            default -> value.toString();
        };
    }

    /** This table with its columns in name order (and, unless {@code keepOrder}, its rows sorted). */
    ResultTable canonical(boolean keepOrder) {
        List<Integer> order = IntStream.range(0, columns.size()).boxed()
                .sorted(Comparator.comparing(columns::get)).toList();
        List<List<Object>> sortedRows = new ArrayList<>(rows.stream()
                .map(row -> order.stream().map(row::get).toList()).toList());
        if (!keepOrder) {
            sortedRows.sort(ResultTable::compareRows);
        }
        return new ResultTable(order.stream().map(columns::get).toList(), sortedRows);
    }

    /** The first difference between {@code actual} and {@code expected}, or empty when they are equal. */
    static Optional<String> difference(ResultTable actual, ResultTable expected, boolean checkOrder,
                                       boolean allowEmpty) {
        if (!allowEmpty && expected.rows().isEmpty()) {
            return Optional.of("the check query returned no rows and the case does not allow empty results");
        }
        ResultTable a = actual.canonical(checkOrder);
        ResultTable e = expected.canonical(checkOrder);
        if (!a.columns().equals(e.columns())) {
            return Optional.of("columns differ: got " + actual.columns() + ", expected " + expected.columns());
        }
        if (a.rows().size() != e.rows().size()) {
            return Optional.of("row count differs: got " + a.rows().size() + ", expected " + e.rows().size()
                    + firstRows(a, e));
        }
        for (int r = 0; r < a.rows().size(); r++) {
            for (int c = 0; c < a.columns().size(); c++) {
                Object got = a.rows().get(r).get(c);
                Object want = e.rows().get(r).get(c);
                if (!same(got, want)) {
                    return Optional.of("row " + r + " column " + a.columns().get(c) + ": got " + got + ", expected "
                            + want + " (rows " + (checkOrder ? "in order" : "sorted") + ")");
                }
            }
        }
        return Optional.empty();
    }

    private static String firstRows(ResultTable a, ResultTable e) {
        return "; first rows got " + a.rows().stream().limit(3).toList() + ", expected "
                + e.rows().stream().limit(3).toList();
    }

    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            double dx = x.doubleValue();
            double dy = y.doubleValue();
            return Math.abs(dx - dy) <= Math.max(ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE * Math.max(Math.abs(dx),
                    Math.abs(dy)));
        }
        return java.util.Objects.equals(a, b);
    }

    private static int compareRows(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = compareValues(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a.getClass() != b.getClass()) {
            return a.getClass().getName().compareTo(b.getClass().getName());
        }
        return ((Comparable) a).compareTo(b);
    }
}
