package dev.steward.model.semantic.filter;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The standard time grains of MetricFlow, finest first ({@code dbt_semantic_interfaces.type_enums.TimeGranularity}). */
public enum TimeGranularity {
    NANOSECOND, MICROSECOND, MILLISECOND, SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR;

    /** The word as written in YAML and in dunder names ({@code month}). */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The grain named by {@code word}, case-insensitive; empty for custom grains and unknown words. */
    public static Optional<TimeGranularity> parse(String word) {
        return Arrays.stream(values()).filter(g -> g.keyword().equalsIgnoreCase(word)).findFirst();
    }

    /** "nanosecond, microsecond, …, year" for messages. */
    public static String allowed() {
        return Arrays.stream(values()).map(TimeGranularity::keyword).collect(Collectors.joining(", "));
    }
}
