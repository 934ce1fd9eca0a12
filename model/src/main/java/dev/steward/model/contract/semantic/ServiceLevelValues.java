package dev.steward.model.contract.semantic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What service-level values look like when a machine can read them: durations (a number with a
 * time unit, an ISO-8601 period, or words such as daily), percentages and ISO-8601 dates. Shared
 * by the ODCS SLA rule and the DCS service-level rule.
 */
public final class ServiceLevelValues {

    /** Time units, lower case, as people write them in contracts. */
    public static final Set<String> TIME_UNITS = Set.of(
            "ms", "msec", "millisecond", "milliseconds",
            "s", "sec", "secs", "second", "seconds",
            "m", "min", "mins", "minute", "minutes",
            "h", "hr", "hrs", "hour", "hours",
            "d", "day", "days",
            "w", "wk", "wks", "week", "weeks",
            "mo", "mon", "month", "months",
            "y", "yr", "yrs", "year", "years");

    public static final Set<String> PERCENT_UNITS = Set.of("%", "percent", "pct");

    private static final Pattern ISO_PERIOD = Pattern.compile(
            "P(?=\\d|T\\d)(\\d+(?:[.,]\\d+)?Y)?(\\d+(?:[.,]\\d+)?M)?(\\d+(?:[.,]\\d+)?W)?(\\d+(?:[.,]\\d+)?D)?"
                    + "(T(?=\\d)(\\d+(?:[.,]\\d+)?H)?(\\d+(?:[.,]\\d+)?M)?(\\d+(?:[.,]\\d+)?S)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)\\s*([A-Za-z%]+)?");

    /** Words that stand for a period in frequencies and intervals. */
    public static final Set<String> FREQUENCY_WORDS = Set.of("hourly", "daily", "weekly", "monthly", "quarterly",
            "yearly", "annually", "realtime", "real-time", "streaming", "continuous");

    private ServiceLevelValues() {
    }

    public static boolean isIsoPeriod(String text) {
        return ISO_PERIOD.matcher(text).matches();
    }

    /** A number with an optional unit written in one string ({@code 500ms}, {@code 4 days}, {@code 99.9%}). */
    public record Amount(BigDecimal number, String unit) {
    }

    public static Optional<Amount> amount(String text) {
        Matcher m = NUMBER_WITH_UNIT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Amount(new BigDecimal(m.group(1)), m.group(2)));
    }

    public static boolean isTimeUnit(String unit) {
        return TIME_UNITS.contains(unit.toLowerCase(Locale.ROOT));
    }

    public static boolean isPercentUnit(String unit) {
        return PERCENT_UNITS.contains(unit.toLowerCase(Locale.ROOT));
    }

    /** ISO-8601 dates and date-times, with or without offset; YAML's space separator is accepted. */
    public static boolean isDate(String text) {
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
