package dev.steward.model.semantic.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The standard time granularities and the {@code "<count> <grain>"} window syntax. */
final class Grains {
    static final List<String> STANDARD = List.of("nanosecond", "microsecond", "millisecond", "second", "minute",
            "hour", "day", "week", "month", "quarter", "year");
    private static final Pattern WINDOW = Pattern.compile("\\s*(\\d+)\\s+(\\w+?)s?\\s*");

    private Grains() {
    }

    static boolean isStandard(String grain) {
        return STANDARD.contains(grain.strip().toLowerCase(Locale.ROOT));
    }

    static boolean isKnown(String grain, Set<String> custom) {
        return isStandard(grain) || custom.contains(grain.strip().toLowerCase(Locale.ROOT));
    }

    /** The grain of a window such as {@code 7 days}, or empty when it is not of that form. */
    static Optional<String> windowGrain(String window) {
        Matcher m = WINDOW.matcher(window.toLowerCase(Locale.ROOT));
        return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
    }

    /**
     * Whether {@code window} is {@code <count> <grain>} with a standard grain or one of {@code custom}
     * (pass an empty set where only standard grains are allowed).
     */
    static boolean isValidWindow(String window, Set<String> custom) {
        return windowGrain(window).filter(g -> isKnown(g, custom)).isPresent();
    }

    /** What a window may look like, for messages. */
    static String windowSyntax(Set<String> custom) {
        return "write '<count> <grain>', such as '7 days', with a grain among " + standardList()
                + (custom.isEmpty() ? "" : " or a custom granularity (" + String.join(", ", new java.util.TreeSet<>(custom)) + ")");
    }

    /** Position of a grain in {@link #STANDARD} (finer first), or -1. */
    static int rank(String grain) {
        return STANDARD.indexOf(grain.strip().toLowerCase(Locale.ROOT));
    }

    static String standardList() {
        return String.join(", ", STANDARD);
    }
}
