package dev.steward.model.query;

import java.util.LinkedHashMap;
import java.util.Map;

/** A semantic model's table read as a subquery with just the columns a branch uses, each named by its element. */
final class ModelRead {
    private final String relation;
    private final String alias;
    private final SqlDialect dialect;
    private final Map<String, String> columns = new LinkedHashMap<>();

    ModelRead(String relation, String alias, SqlDialect dialect) {
        this.relation = relation;
        this.alias = alias;
        this.dialect = dialect;
    }

    String alias() {
        return alias;
    }

    /** {@code alias."name"}, reading {@code expr} as {@code name}. */
    String column(String name, String expr) {
        columns.putIfAbsent(name, expr);
        return alias + "." + dialect.quote(name);
    }

    /** The expression read as {@code name}, if it is read. */
    java.util.Optional<String> expr(String name) {
        return java.util.Optional.ofNullable(columns.get(name));
    }

    /**
     * {@code (SELECT ... FROM relation GROUP BY ...) alias}: the columns in {@code aggregates} are their
     * aggregate expressions, every other column (as rewritten by {@code grouped}, by name) is grouped by.
     */
    String renderGrouped(Map<String, String> aggregates, Map<String, String> grouped) {
        StringBuilder sb = new StringBuilder("(\n  SELECT\n");
        java.util.List<String> groupBy = new java.util.ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> c : columns.entrySet()) {
            String expr = aggregates.get(c.getKey());
            if (expr == null) {
                expr = grouped.getOrDefault(c.getKey(), c.getValue());
                if (!expr.trim().matches("\\d+")) { // GROUP BY 1 would name the first column
                    groupBy.add(expr);
                }
            }
            sb.append(i++ == 0 ? "    " : "    , ").append(expr).append(" AS ").append(dialect.quote(c.getKey())).append('\n');
        }
        for (Map.Entry<String, String> a : aggregates.entrySet()) {
            if (!columns.containsKey(a.getKey())) {
                sb.append("    , ").append(a.getValue()).append(" AS ").append(dialect.quote(a.getKey())).append('\n');
            }
        }
        sb.append("  FROM ").append(relation);
        if (!groupBy.isEmpty()) {
            sb.append("\n  GROUP BY ").append(String.join(", ", groupBy));
        }
        return sb.append("\n) ").append(alias).toString();
    }

    /** {@code (SELECT ... FROM relation) alias}. */
    String render() {
        StringBuilder sb = new StringBuilder("(\n  SELECT\n");
        if (columns.isEmpty()) {
            sb.append("    1 AS ").append(dialect.quote("__row")).append('\n');
        }
        int i = 0;
        for (Map.Entry<String, String> c : columns.entrySet()) {
            sb.append(i++ == 0 ? "    " : "    , ").append(c.getValue()).append(" AS ")
                    .append(dialect.quote(c.getKey())).append('\n');
        }
        return sb.append("  FROM ").append(relation).append("\n) ").append(alias).toString();
    }
}
