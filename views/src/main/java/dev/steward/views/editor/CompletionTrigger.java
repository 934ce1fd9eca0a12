package dev.steward.views.editor;

import java.util.regex.Pattern;

/** Decides, from the text of the line before the caret, whether typing should open completion by itself. */
final class CompletionTrigger {
    /** A key being typed at the start of a line, optionally after list dashes: {@code "  na"}, {@code "- ty"}. */
    private static final Pattern KEY_PREFIX = Pattern.compile("\\s*(?:-\\s+)*[A-Za-z_$][\\w.$-]*");
    /** A key and its colon and one space, waiting for a value: {@code "  type: "}. */
    private static final Pattern AFTER_KEY = Pattern.compile("\\s*(?:-\\s+)*(?:[A-Za-z_$][\\w.$-]*|\"[^\"]*\"|'[^']*'): ");

    /** A name being typed inside a MetricFlow object call: {@code {{ Dimension('cus}, {@code "Metric('rev}. */
    private static final Pattern OBJECT_NAME = Pattern.compile(".*\\b(?:Dimension|TimeDimension|Entity|Metric)\\(\\s*['\"]\\w*");

    private CompletionTrigger() {
    }

    static boolean opensOn(String linePrefix) {
        return KEY_PREFIX.matcher(linePrefix).matches() || AFTER_KEY.matcher(linePrefix).matches()
                || OBJECT_NAME.matcher(linePrefix).matches();
    }
}
