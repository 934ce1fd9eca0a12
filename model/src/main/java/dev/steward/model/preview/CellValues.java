package dev.steward.model.preview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

/** Parses CSV text into the Java value of a {@link ColumnType}; {@code null} when it does not fit. */
final class CellValues {

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern FLOATING = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendPattern("[XXX][XX][X]").optionalEnd()
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private CellValues() {
    }

    static Object parse(ColumnType type, String text) {
        return switch (type.kind()) {
            case BOOLEAN -> bool(text);
            case SMALLINT -> whole(text, Short.MIN_VALUE, Short.MAX_VALUE) == null ? null : Short.valueOf(text.replace("+", ""));
            case INTEGER -> whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE) == null ? null : Integer.valueOf(text.replace("+", ""));
            case BIGINT -> whole(text, Long.MIN_VALUE, Long.MAX_VALUE);
            case DECIMAL -> decimal(text, type.precision(), type.scale());
            case DOUBLE -> FLOATING.matcher(text).matches() ? Double.valueOf(text) : null;
            case DATE -> date(text);
            case TIMESTAMP -> timestamp(text) instanceof LocalDateTime t ? t : null;
            case TIMESTAMP_TZ -> timestamp(text) instanceof OffsetDateTime t ? t : null;
            case UUID -> UUID.matcher(text).matches() ? java.util.UUID.fromString(text) : null;
            case VARCHAR -> text;
        };
    }

    static Boolean bool(String text) {
        if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        return text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }

    static Long whole(String text, long min, long max) {
        if (!WHOLE.matcher(text).matches()) {
            return null;
        }
        try {
            long v = Long.parseLong(text);
            return v < min || v > max ? null : v;
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }

    /** The value when it has at most {@code precision - scale} integer digits and {@code scale} decimals (0 = unbounded). */
    static BigDecimal decimal(String text, int precision, int scale) {
        if (!DECIMAL.matcher(text).matches()) {
            return null;
        }
        BigDecimal v = new BigDecimal(text.endsWith(".") ? text.substring(0, text.length() - 1) : text);
        if (precision == 0) {
            return v;
        }
        int integerDigits = Math.max(v.precision() - v.scale(), 0);
        return v.scale() > scale || integerDigits > precision - scale ? null : v;
    }

    static LocalDate date(String text) {
        if (!DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * An ISO timestamp, date and time separated by {@code T} or a space: a {@link LocalDateTime}
     * without a zone, an {@link OffsetDateTime} with {@code Z} or an offset; {@code null} otherwise.
     */
    static Object timestamp(String text) {
        if (text.length() < 16 || !DATE.matcher(text.substring(0, 10)).matches()) {
            return null;
        }
        char separator = text.charAt(10);
        if (separator != 'T' && separator != 't' && separator != ' ') {
            return null;
        }
        String iso = text.substring(0, 10) + 'T' + text.substring(11);
        try {
            TemporalAccessor parsed = TIMESTAMP.parse(iso);
            LocalDateTime local = LocalDateTime.of(LocalDate.from(parsed), java.time.LocalTime.from(parsed));
            return parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? OffsetDateTime.of(local, java.time.ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)))
                    : local;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
