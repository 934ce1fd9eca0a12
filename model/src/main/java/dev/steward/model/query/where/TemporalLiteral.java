package dev.steward.model.query.where;

import dev.steward.model.query.QueryCompileException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Date and timestamp literals of a where filter, read into {@code java.time} values for binding. */
final class TemporalLiteral {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");

    private TemporalLiteral() {
    }

    /** {@code 2020-01-01} → a date; {@code 2020-01-01 10:00[:00[.000]]} → a timestamp; otherwise empty. */
    static Optional<Object> tryParse(String text) {
        String trimmed = text.strip();
        try {
            if (DATE.matcher(trimmed).matches()) {
                return Optional.of(LocalDate.parse(trimmed).atStartOfDay());
            }
            if (DATE_TIME.matcher(trimmed).matches()) {
                return Optional.of(LocalDateTime.parse(trimmed.replace(' ', 'T')));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Object parse(WhereToken literal, String type) throws QueryCompileException {
        return parse(literal.text(), type, literal);
    }

    /** The value of {@code text} as {@code type} (DATE → LocalDate, TIMESTAMP → LocalDateTime). */
    static Object parse(String text, String type, WhereToken at) throws QueryCompileException {
        Optional<Object> value = tryParse(text);
        if (value.isEmpty()) {
            throw WhereTokenizer.error("'" + text + "' is not a " + type.toLowerCase(java.util.Locale.ROOT)
                    + "; write 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS'", at.start(), at.end());
        }
        LocalDateTime timestamp = (LocalDateTime) value.get();
        return type.equals("DATE") ? timestamp.toLocalDate() : timestamp;
    }
}
