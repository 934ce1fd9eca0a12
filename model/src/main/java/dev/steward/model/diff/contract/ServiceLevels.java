package dev.steward.model.diff.contract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a service level got worse or better. Values are read with their unit ({@code 99.9%},
 * {@code 500ms}, {@code 1d}, {@code 25 hours}, ISO-8601 {@code PT1H}, or a number with an ODCS
 * {@code unit}); durations compare in seconds. Freshness, latency and the like are worse when
 * larger, availability and retention when smaller; other properties have no known direction.
 */
final class ServiceLevels {

    enum Direction { WORSE, BETTER, UNKNOWN }

    private static final Set<String> WORSE_WHEN_LARGER = Set.of("latency", "freshness", "frequency", "timetodetect",
            "timetonotify", "timetorepair", "errorrate", "responsetime", "recoverytime", "recoverypoint", "backup",
            "threshold", "interval", "delay");
    private static final Set<String> WORSE_WHEN_SMALLER = Set.of("availability", "retention", "throughput",
            "percentage", "period", "uptime");

    private static final Pattern QUANTITY = Pattern.compile("([-+]?\\d+(?:\\.\\d+)?)\\s*([a-zA-Z%]*)");
    private static final Pattern ISO_DURATION = Pattern.compile(
            "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");

    private ServiceLevels() {
    }

    /**
     * @param names the SLA property and attribute names, most specific last ({@code latency}, {@code threshold})
     */
    static Direction judge(String before, String beforeUnit, String after, String afterUnit, String... names) {
        Optional<Quantity> b = quantity(before, beforeUnit);
        Optional<Quantity> a = quantity(after, afterUnit);
        if (b.isEmpty() || a.isEmpty() || b.get().duration() != a.get().duration()) {
            return Direction.UNKNOWN;
        }
        int larger = a.get().amount().compareTo(b.get().amount());
        Optional<Boolean> worseWhenLarger = Optional.empty();
        for (String name : names) {
            String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
            if (WORSE_WHEN_LARGER.contains(n)) {
                worseWhenLarger = Optional.of(true);
            } else if (WORSE_WHEN_SMALLER.contains(n)) {
                worseWhenLarger = Optional.of(false);
            }
            if (worseWhenLarger.isPresent()) {
                break;
            }
        }
        if (larger == 0 || worseWhenLarger.isEmpty()) {
            return Direction.UNKNOWN;
        }
        return (larger > 0) == worseWhenLarger.get() ? Direction.WORSE : Direction.BETTER;
    }

    private record Quantity(BigDecimal amount, boolean duration) {
    }

    private static Optional<Quantity> quantity(String value, String unit) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        Matcher iso = ISO_DURATION.matcher(text.toUpperCase(Locale.ROOT));
        if (text.length() > 1 && iso.matches()) {
            long[] factors = {365L * 86400, 30L * 86400, 7L * 86400, 86400, 3600, 60};
            BigDecimal seconds = BigDecimal.ZERO;
            for (int g = 1; g <= 6; g++) {
                if (iso.group(g) != null) {
                    seconds = seconds.add(new BigDecimal(iso.group(g)).multiply(BigDecimal.valueOf(factors[g - 1])));
                }
            }
            if (iso.group(7) != null) {
                seconds = seconds.add(new BigDecimal(iso.group(7)));
            }
            return Optional.of(new Quantity(seconds, true));
        }
        Matcher m = QUANTITY.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String u = !m.group(2).isEmpty() ? m.group(2) : unit == null ? "" : unit.strip();
        Optional<Long> seconds = seconds(u.toLowerCase(Locale.ROOT));
        BigDecimal amount = new BigDecimal(m.group(1));
        if (seconds.isPresent()) {
            return Optional.of(new Quantity(amount.multiply(BigDecimal.valueOf(seconds.get())).divide(BigDecimal.valueOf(1000)), true));
        }
        return u.isEmpty() || u.equals("%") || u.equalsIgnoreCase("percent") ? Optional.of(new Quantity(amount, false)) : Optional.empty();
    }

    /** Milliseconds per unit. */
    private static Optional<Long> seconds(String unit) {
        long ms = switch (unit) {
            case "ms", "millisecond", "milliseconds" -> 1;
            case "s", "sec", "second", "seconds" -> 1000;
            case "m", "min", "mins", "minute", "minutes" -> 60_000;
            case "h", "hr", "hrs", "hour", "hours" -> 3_600_000;
            case "d", "day", "days" -> 86_400_000;
            case "w", "week", "weeks" -> 7 * 86_400_000L;
            case "mo", "month", "months" -> 30 * 86_400_000L;
            case "y", "yr", "year", "years" -> 365 * 86_400_000L;
            default -> -1;
        };
        return ms < 0 ? Optional.empty() : Optional.of(ms);
    }
}
