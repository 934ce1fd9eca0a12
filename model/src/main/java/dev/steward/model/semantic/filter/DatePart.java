package dev.steward.model.semantic.filter;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parts {@code .date_part(...)} can extract ({@code dbt_semantic_interfaces.type_enums.DatePart}):
 * {@code dow} is the ISO day of week, {@code doy} the day of year. There is no {@code week}: engines number
 * weeks differently (metricflow#812). In query-time names a date part is written {@code metric_time__extract_year}.
 */
public enum DatePart {
    YEAR, QUARTER, MONTH, DAY, DOW, DOY;

    /** Prefix of the dunder suffix that names a date part in a query-time name. */
    public static final String EXTRACT_PREFIX = "extract_";

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DatePart> parse(String word) {
        return Arrays.stream(values()).filter(p -> p.keyword().equalsIgnoreCase(word)).findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(DatePart::keyword).collect(Collectors.joining(", "));
    }
}
