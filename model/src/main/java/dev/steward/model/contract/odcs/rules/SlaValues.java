package dev.steward.model.contract.odcs.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What SLA values of the Data QoS properties look like: durations, percentages and dates. */
final class SlaValues {

    /** What kind of value an SLA property takes. */
    enum Kind { DURATION, PERCENTAGE, DATE, OTHER }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("latency", Kind.DURATION), Map.entry("ly", Kind.DURATION),
            Map.entry("retention", Kind.DURATION), Map.entry("re", Kind.DURATION),
            Map.entry("frequency", Kind.DURATION), Map.entry("fy", Kind.DURATION),
            Map.entry("freshness", Kind.DURATION),
            Map.entry("timetodetect", Kind.DURATION), Map.entry("td", Kind.DURATION),
            Map.entry("timetonotify", Kind.DURATION), Map.entry("tn", Kind.DURATION),
            Map.entry("timetorepair", Kind.DURATION), Map.entry("tr", Kind.DURATION),
            Map.entry("availability", Kind.PERCENTAGE), Map.entry("av", Kind.PERCENTAGE),
            Map.entry("generalavailability", Kind.DATE), Map.entry("ga", Kind.DATE),
            Map.entry("endofsupport", Kind.DATE), Map.entry("es", Kind.DATE),
            Map.entry("endoflife", Kind.DATE), Map.entry("el", Kind.DATE));

    /** Time units, lower case, as people write them in contracts. */
    static final Set<String> TIME_UNITS = Set.of(
            "ms", "msec", "millisecond", "milliseconds",
            "s", "sec", "secs", "second", "seconds",
            "m", "min", "mins", "minute", "minutes",
            "h", "hr", "hrs", "hour", "hours",
            "d", "day", "days",
            "w", "wk", "wks", "week", "weeks",
            "mo", "mon", "month", "months",
            "y", "yr", "yrs", "year", "years");

    static final Set<String> PERCENT_UNITS = Set.of("%", "percent", "pct");

    private static final Pattern ISO_PERIOD = Pattern.compile(
            "P(?=\\d|T\\d)(\\d+(?:[.,]\\d+)?Y)?(\\d+(?:[.,]\\d+)?M)?(\\d+(?:[.,]\\d+)?W)?(\\d+(?:[.,]\\d+)?D)?"
                    + "(T(?=\\d)(\\d+(?:[.,]\\d+)?H)?(\\d+(?:[.,]\\d+)?M)?(\\d+(?:[.,]\\d+)?S)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)\\s*([A-Za-z%]+)?");

    private SlaValues() {
    }

    static Kind kindOf(String property) {
        return KINDS.getOrDefault(property.toLowerCase(Locale.ROOT), Kind.OTHER);
    }

    static boolean isIsoPeriod(String text) {
        return ISO_PERIOD.matcher(text).matches();
    }

    /** A number with an optional unit written in one string ({@code 500ms}, {@code 4 days}, {@code 99.9%}). */
    record Amount(BigDecimal number, String unit) {
    }

    static Optional<Amount> amount(String text) {
        Matcher m = NUMBER_WITH_UNIT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Amount(new BigDecimal(m.group(1)), m.group(2)));
    }

    static boolean isTimeUnit(String unit) {
        return TIME_UNITS.contains(unit.toLowerCase(Locale.ROOT));
    }

    static boolean isPercentUnit(String unit) {
        return PERCENT_UNITS.contains(unit.toLowerCase(Locale.ROOT));
    }

    /** ISO-8601 dates and date-times, with or without offset; YAML's space separator is accepted. */
    static boolean isDate(String text) {
        String t = text.trim().replace(' ', 'T');
        try {
            LocalDate.parse(t);
            return true;
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            OffsetDateTime.parse(t);
            return true;
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            LocalDateTime.parse(t);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
