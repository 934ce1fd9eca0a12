package dev.steward.model.contract.schema;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A compiled regular expression, optionally with a further check (a calendar date must exist),
 * and a plain-words explanation for messages. Compiled once, when a spec is built.
 */
public record TextPattern(Pattern regex, String explanation, Predicate<String> check) {

    private static final TextPattern DATE = new TextPattern(Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$"),
            "a date such as 2024-01-31", TextPattern::isDate);
    private static final TextPattern DATE_TIME = new TextPattern(Pattern.compile(
            "^\\d{4}-(?:0[1-9]|1[0-2])-\\d{2}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$"),
            "a date and time such as 2024-01-31T09:30:00Z", text -> isDate(text.substring(0, 10)));
    private static final TextPattern EMAIL = new TextPattern(Pattern.compile("@"), "an e-mail address", null);

    public static TextPattern of(String regex, String explanation) {
        return new TextPattern(Pattern.compile(regex), explanation, null);
    }

    /** JSON Schema {@code format: date} (RFC 3339 full-date). */
    public static TextPattern date() {
        return DATE;
    }

    /** JSON Schema {@code format: date-time} (RFC 3339). */
    public static TextPattern dateTime() {
        return DATE_TIME;
    }

    /** JSON Schema {@code format: email}, checked as loosely as the reference validators do. */
    public static TextPattern email() {
        return EMAIL;
    }

    public boolean matches(String text) {
        return regex.matcher(text).find() && (check == null || check.test(text));
    }

    private static boolean isDate(String text) {
        try {
            return LocalDate.parse(text).getYear() > 0;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

}
