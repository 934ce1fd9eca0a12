package dev.steward.model.query.golden;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the Jinja of MetricFlow's {@code check_query} and {@code where_filter} strings: exactly the
 * {@code {{ ... }}} expressions its test harness offers ({@code CheckQueryHelpers} in
 * {@code tests_metricflow/integration/test_configured_cases.py}) — variables, helper calls with positional and
 * keyword arguments, string/number/list literals, {@code TimeGranularity.X} and {@code DatePart.X} — written
 * for one {@link CheckQueryDialect}. {@code {% ... %}} is not supported (no case uses it).
 */
final class CheckQueryRenderer {
    private final CheckQueryDialect dialect;
    private final String sourceSchema;

    CheckQueryRenderer(CheckQueryDialect dialect, String sourceSchema) {
        this.dialect = dialect;
        this.sourceSchema = sourceSchema;
    }

    /** The template with every {@code {{ expr }}} replaced by its value. */
    String render(String template) {
        StringBuilder out = new StringBuilder(template.length());
        int pos = 0;
        while (true) {
            int open = template.indexOf("{{", pos);
            if (open < 0) {
                return out.append(template, pos, template.length()).toString();
            }
            int close = template.indexOf("}}", open);
            if (close < 0) {
                throw new IllegalArgumentException("'{{' without '}}' at offset " + open);
            }
            out.append(template, pos, open);
            Parser parser = new Parser(template.substring(open + 2, close));
            Object value = parser.expression();
            parser.end();
            out.append(value);
            pos = close + 2;
        }
    }

    private Object variable(String name) {
        return switch (name) {
            case "source_schema" -> sourceSchema;
            case "mf_time_spine_source" -> sourceSchema + ".mf_time_spine";
            case "double_data_type_name" -> dialect.doubleType();
            default -> throw new IllegalArgumentException("unknown variable " + name);
        };
    }

    private Object call(String function, List<Object> args, Map<String, Object> named) {
        Arguments a = new Arguments(function, args, named);
        return switch (function) {
            case "render_date_trunc" -> dialect.dateTrunc(a.string(0, "expr"), a.string(1, "granularity"));
            case "render_extract" -> dialect.extract(a.string(0, "expr"), a.string(1, "date_part"));
            case "render_date_sub" -> dialect.dateSub(a.string(0, "table_alias") + "." + a.string(1, "column_alias"),
                    Long.parseLong(a.string(2, "count")), a.string(3, "granularity"));
            case "render_date_add" -> dialect.dateAdd(a.string(0, "date_column"), a.string(1, "count_column"),
                    a.string(2, "granularity"), false);
            case "render_percentile_expr" -> {
                String sql = dialect.percentile(a.string(0, "expr"), Double.parseDouble(a.string(1, "percentile")),
                        Boolean.parseBoolean(a.string(2, "use_discrete_percentile")),
                        Boolean.parseBoolean(a.string(3, "use_approximate_percentile")));
                if (sql == null) {
                    throw new UnsupportedOperationException("approximate percentiles are not supported by " + dialect);
                }
                yield sql;
            }
            case "render_time_constraint" -> timeConstraint(a.string(0, "expr"), a.optional(1, "start_time"),
                    a.optional(2, "stop_time"));
            case "cast_to_ts" -> dialect.castToTimestamp("'" + a.string(0, "string_literal") + "'");
            case "generate_random_uuid" -> dialect.randomUuid();
            case "render_dimension_template" -> "{{ Dimension('" + a.string(0, "dimension_name") + "', entity_path="
                    + a.list(1, "entity_path") + ") }}";
            case "render_entity_template" -> "{{ Entity('" + a.string(0, "entity_name") + "', entity_path="
                    + a.list(1, "entity_path") + ") }}";
            case "render_metric_template" -> "{{ Metric('" + a.string(0, "metric_name") + "', group_by="
                    + a.list(1, "group_by") + ") }}";
            case "render_time_dimension_template" -> {
                String grain = a.optional(1, "time_granularity");
                yield "{{ TimeDimension('" + a.string(0, "time_dimension_name") + "'"
                        + (grain == null ? "" : ", '" + grain + "'") + ", entity_path=" + a.list(2, "entity_path")
                        + ") }}";
            }
            default -> throw new IllegalArgumentException("unknown helper " + function);
        };
    }

    /** {@code expr >= start AND expr < stop + 1 day} (or + 1 second for timestamps), as MetricFlow's helper. */
    private String timeConstraint(String expr, String start, String stop) {
        List<String> parts = new ArrayList<>();
        if (start != null) {
            parts.add(dialect.castToTimestamp(expr) + " >= " + dialect.castToTimestamp("'" + start + "'"));
        }
        if (stop != null) {
            String next = stop.length() == 10 ? TableSnapshots.timestamp(stop).plusDays(1).toLocalDate().toString()
                    : TableSnapshots.timestamp(stop).plusSeconds(1).toString().replace('T', ' ');
            parts.add(dialect.castToTimestamp(expr) + " < " + dialect.castToTimestamp("'" + next + "'"));
        }
        return String.join(" AND ", parts);
    }

    private record Arguments(String function, List<Object> positional, Map<String, Object> named) {
        Object get(int index, String name) {
            if (named.containsKey(name)) {
                return named.get(name);
            }
            return index < positional.size() ? positional.get(index) : null;
        }

        String string(int index, String name) {
            Object value = get(index, name);
            if (value == null) {
                throw new IllegalArgumentException(function + ": missing " + name);
            }
            return String.valueOf(value);
        }

        String optional(int index, String name) {
            Object value = get(index, name);
            return value == null ? null : String.valueOf(value);
        }

        /** A Python list as {@code ['a', 'b']} (MetricFlow's {@code repr}; an empty default is written {@code []}). */
        String list(int index, String name) {
            Object value = get(index, name);
            List<?> items = value instanceof List<?> l ? l : List.of();
            return "[" + String.join(", ", items.stream().map(i -> "'" + i + "'").toList()) + "]";
        }
    }

    /** Reads one Jinja expression: {@code name}, {@code name(args)}, {@code Enum.MEMBER}, literals, lists. */
    private final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Object expression() {
            skipSpace();
            char c = peek();
            if (c == '\'' || c == '"') {
                return string(c);
            }
            if (c == '[' || c == '(') {
                return list(c == '[' ? ']' : ')');
            }
            if (Character.isDigit(c) || c == '-') {
                int start = pos++;
                while (pos < text.length() && (Character.isDigit(peek()) || peek() == '.')) {
                    pos++;
                }
                return text.substring(start, pos);
            }
            String name = identifier();
            skipSpace();
            if (peek() == '.') {
                pos++;
                return identifier().toLowerCase(Locale.ROOT); // TimeGranularity.MONTH, DatePart.DOW
            }
            if (peek() != '(') {
                return switch (name) {
                    case "True" -> "true";
                    case "False" -> "false";
                    case "None" -> null;
                    default -> variable(name);
                };
            }
            pos++;
            List<Object> args = new ArrayList<>();
            Map<String, Object> named = new LinkedHashMap<>();
            skipSpace();
            while (peek() != ')') {
                notAtEnd();
                int mark = pos;
                String key = Character.isLetter(peek()) ? identifier() : null;
                skipSpace();
                if (key != null && peek() == '=') {
                    pos++;
                    named.put(key, expression());
                } else {
                    pos = mark;
                    args.add(expression());
                }
                skipSpace();
                if (peek() == ',') {
                    pos++;
                    skipSpace();
                }
            }
            pos++;
            return call(name, args, named);
        }

        void end() {
            skipSpace();
            if (pos != text.length()) {
                throw new IllegalArgumentException("unexpected '" + text.substring(pos) + "' in {{" + text + "}}");
            }
        }

        private List<Object> list(char close) {
            pos++;
            List<Object> items = new ArrayList<>();
            skipSpace();
            while (peek() != close) {
                notAtEnd();
                items.add(expression());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                    skipSpace();
                }
            }
            pos++;
            return items;
        }

        private String string(char quote) {
            int end = text.indexOf(quote, pos + 1);
            String value = text.substring(pos + 1, end);
            pos = end + 1;
            return value;
        }

        private String identifier() {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalArgumentException("expected a name at '" + text.substring(pos) + "' in {{" + text
                        + "}}");
            }
            return text.substring(start, pos);
        }

        /** The next character, or 0 at the end. */
        private char peek() {
            return pos < text.length() ? text.charAt(pos) : 0;
        }

        private void notAtEnd() {
            if (pos >= text.length()) {
                throw new IllegalArgumentException("{{" + text + "}} ends too early");
            }
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }
    }
}
