package dev.steward.model.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CTEs of the query in the order written: a CTE only reads those before it, always under an alias
 * ({@code FROM cte_bookings b1}). Rendered as a {@code WITH} list, or inlined as derived tables for engines
 * that mis-evaluate parameters in chained CTEs (H2 2.x reuses a cached plan's parameter values when one CTE
 * reads another; derived tables are not affected).
 */
final class CteList {
    private static final Pattern REFERENCE = Pattern.compile("\\bcte_[a-z0-9_]+\\b");

    private final List<String> names = new ArrayList<>();
    private final List<Sql> bodies = new ArrayList<>();

    /** Adds a CTE named after {@code hint} (made unique) and returns its name. */
    String add(String hint, Sql body) {
        String base = "cte_" + hint.replaceAll("[^a-z0-9_]", "_").replaceAll("^_+", "");
        String name = base;
        for (int i = 2; names.contains(name); i++) {
            name = base + "_" + i;
        }
        names.add(name);
        bodies.add(body);
        return name;
    }

    /** {@code WITH a AS (...), b AS (...)} followed by {@code select}, or {@code select} with the CTEs inlined. */
    Sql render(Sql select, boolean inline) {
        if (names.isEmpty()) {
            return select;
        }
        if (inline) {
            return expand(select, new HashMap<>());
        }
        Sql.Writer w = new Sql.Writer().add("WITH ");
        for (int i = 0; i < names.size(); i++) {
            w.add(i == 0 ? "" : ",\n").add(names.get(i)).add(" AS (\n  ").addIndented(bodies.get(i), "  ").add("\n)");
        }
        return w.add("\n").add(select).build();
    }

    /** {@code sql} with every CTE reference replaced by the (expanded) body in parentheses, parameters in order. */
    private Sql expand(Sql sql, Map<String, Sql> expanded) {
        Sql.Writer w = new Sql.Writer();
        String text = sql.text();
        int parameter = 0;
        int at = 0;
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            int index = names.indexOf(m.group());
            if (index < 0 || quoted(text, m.start())) {
                continue;
            }
            String before = text.substring(at, m.start());
            int count = markers(before);
            w.add(new Sql(before, sql.parameters().subList(parameter, parameter + count)));
            parameter += count;
            Sql body = expanded.get(m.group());
            if (body == null) {
                body = expand(bodies.get(index), expanded);
                expanded.put(m.group(), body);
            }
            String indent = indentation(text, m.start());
            w.add("(\n" + indent + "  ").addIndented(body, indent + "  ").add("\n" + indent + ")");
            at = m.end();
        }
        String rest = text.substring(at);
        return w.add(new Sql(rest, sql.parameters().subList(parameter, parameter + markers(rest)))).build();
    }

    /** The {@code ?} markers outside quotes. */
    private static int markers(String text) {
        int count = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '?') {
                count++;
            }
        }
        return count;
    }

    private static boolean quoted(String text, int position) {
        char quote = 0;
        for (int i = 0; i < position; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            }
        }
        return quote != 0;
    }

    private static String indentation(String text, int position) {
        int lineStart = text.lastIndexOf('\n', position) + 1;
        int i = lineStart;
        while (i < position && text.charAt(i) == ' ') {
            i++;
        }
        return text.substring(lineStart, i);
    }
}
