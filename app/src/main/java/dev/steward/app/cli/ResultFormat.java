package dev.steward.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.preview.QueryResult;
import dev.steward.model.query.ResultColumn;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a {@link QueryResult}: an aligned text table, RFC 4180 CSV, or JSON
 * {@code {"sql": ..., "columns": [...], "rows": [[...]]}} with dates as ISO strings, numbers as JSON
 * numbers and null for missing values.
 */
enum ResultFormat {
    table, csv, json;

    String render(QueryResult result) {
        return switch (this) {
            case table -> table(result);
            case csv -> csv(result);
            case json -> json(result);
        };
    }

    /** A value as text: ISO dates, plain decimals (no exponent), empty for null. */
    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal d -> d.stripTrailingZeros().toPlainString();
            case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            case Float f when Float.isFinite(f) -> BigDecimal.valueOf(f).stripTrailingZeros().toPlainString();
            default -> value.toString();
        };
    }

    private static List<String> header(QueryResult r) {
        return r.columns().stream().map(ResultColumn::name).toList();
    }

    private static String table(QueryResult r) {
        List<String> header = header(r);
        int[] width = new int[header.size()];
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : r.rows()) {
            cells.add(row.stream().map(v -> v == null ? "null" : text(v)).toList());
        }
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> row : cells) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, width, r, false);
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        line(out, rule, width, r, false);
        for (List<String> row : cells) {
            line(out, row, width, r, true);
        }
        out.append(r.rows().size()).append(r.rows().size() == 1 ? " row" : " rows").append('\n');
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> values, int[] width, QueryResult r, boolean alignNumbers) {
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            boolean right = alignNumbers && !r.rows().isEmpty() && r.columns().get(i).role() == ResultColumn.Role.METRIC;
            String pad = " ".repeat(width[i] - v.length());
            out.append(i == 0 ? "" : "  ").append(right ? pad + v : (i == values.size() - 1 ? v : v + pad));
        }
        out.append('\n');
    }

    private static String csv(QueryResult r) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", header(r).stream().map(ResultFormat::csvField).toList())).append('\n');
        for (List<Object> row : r.rows()) {
            out.append(String.join(",", row.stream().map(v -> csvField(text(v))).toList())).append('\n');
        }
        return out.toString();
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** {@code 4244.2500000} as {@code 4244.25} and {@code 1.00E+2} as {@code 100}: the value, without the scale H2 carries. */
    private static BigDecimal plain(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String json(QueryResult r) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("sql", r.sql());
        ArrayNode columns = root.putArray("columns");
        header(r).forEach(columns::add);
        ArrayNode rows = root.putArray("rows");
        for (List<Object> row : r.rows()) {
            ArrayNode a = rows.addArray();
            for (Object v : row) {
                switch (v) {
                    case null -> a.addNull();
                    case BigDecimal d -> a.add(plain(d));
                    case Double d when Double.isFinite(d) -> a.add(d);
                    case Float f when Float.isFinite(f) -> a.add(f);
                    case Long l -> a.add(l);
                    case Integer i -> a.add(i);
                    case Short s -> a.add(s);
                    case java.math.BigInteger b -> a.add(b);
                    case Double d -> a.addNull(); // NaN or infinite: JSON has no such number
                    case Float f -> a.addNull();
                    case Boolean b -> a.add(b);
                    case TemporalAccessor t -> a.add(t.toString());
                    default -> a.add(v.toString());
                }
            }
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
