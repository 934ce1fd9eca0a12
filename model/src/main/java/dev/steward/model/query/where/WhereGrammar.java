package dev.steward.model.query.where;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** What a where filter may contain besides objects and literals: functions, cast types, keywords. */
final class WhereGrammar {
    static final String OBJECTS = "{{ Dimension('...') }}, {{ TimeDimension('...') }}, {{ Entity('...') }} "
            + "or {{ Metric('...', group_by=[...]) }}";

    /** Scalar functions by name, with the number of arguments they take (min, max). */
    private static final Map<String, int[]> FUNCTIONS = new TreeMap<>(Map.ofEntries(
            Map.entry("LOWER", new int[] {1, 1}), Map.entry("UPPER", new int[] {1, 1}),
            Map.entry("TRIM", new int[] {1, 1}), Map.entry("LTRIM", new int[] {1, 1}),
            Map.entry("RTRIM", new int[] {1, 1}), Map.entry("LENGTH", new int[] {1, 1}),
            Map.entry("CHAR_LENGTH", new int[] {1, 1}), Map.entry("SUBSTRING", new int[] {2, 3}),
            Map.entry("REPLACE", new int[] {3, 3}), Map.entry("CONCAT", new int[] {1, 16}),
            Map.entry("COALESCE", new int[] {1, 16}), Map.entry("NULLIF", new int[] {2, 2}),
            Map.entry("GREATEST", new int[] {1, 16}), Map.entry("LEAST", new int[] {1, 16}),
            Map.entry("ABS", new int[] {1, 1}), Map.entry("ROUND", new int[] {1, 2}),
            Map.entry("FLOOR", new int[] {1, 1}), Map.entry("CEIL", new int[] {1, 1}),
            Map.entry("CEILING", new int[] {1, 1}), Map.entry("MOD", new int[] {2, 2}),
            Map.entry("DATE_TRUNC", new int[] {2, 2})));

    /** Functions written without parentheses. */
    static final Set<String> NILADIC = Set.of("CURRENT_DATE", "CURRENT_TIMESTAMP");

    /** Cast target types, as written in the output. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("TIMESTAMP", "TIMESTAMP"), Map.entry("DATE", "DATE"), Map.entry("VARCHAR", "VARCHAR"),
            Map.entry("TEXT", "VARCHAR"), Map.entry("STRING", "VARCHAR"), Map.entry("INT", "INTEGER"),
            Map.entry("INTEGER", "INTEGER"), Map.entry("BIGINT", "BIGINT"), Map.entry("DECIMAL", "DECIMAL"),
            Map.entry("NUMERIC", "NUMERIC"), Map.entry("DOUBLE", "DOUBLE PRECISION"), Map.entry("FLOAT", "FLOAT"),
            Map.entry("REAL", "REAL"), Map.entry("BOOLEAN", "BOOLEAN"), Map.entry("BOOL", "BOOLEAN"));

    /** Grains DATE_TRUNC accepts as its first argument; the value is written inline (it is one of these words). */
    static final Set<String> TRUNC_GRAINS = Set.of("second", "minute", "hour", "day", "week", "month", "quarter",
            "year");

    /** Parts EXTRACT accepts, written inline. */
    static final Set<String> EXTRACT_PARTS = Set.of("YEAR", "QUARTER", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE",
            "SECOND", "DOW", "DOY", "ISODOW", "EPOCH");

    private WhereGrammar() {
    }

    static Optional<int[]> function(String name) {
        return Optional.ofNullable(FUNCTIONS.get(name.toUpperCase(Locale.ROOT)));
    }

    static String functions() {
        return String.join(", ", FUNCTIONS.keySet()) + ", EXTRACT(part FROM ...), CAST(... AS type)";
    }

    static Optional<String> type(String word) {
        return Optional.ofNullable(TYPES.get(word.toUpperCase(Locale.ROOT)));
    }

    static String types() {
        return "TIMESTAMP, DATE, VARCHAR, TEXT, INTEGER, BIGINT, DECIMAL, NUMERIC, DOUBLE, FLOAT, REAL, BOOLEAN";
    }
}
