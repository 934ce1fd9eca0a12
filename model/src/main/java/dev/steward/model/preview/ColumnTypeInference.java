package dev.steward.model.preview;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * Infers the type of one CSV column from its values, one value at a time (so a column of a million
 * values is never held). Empty values are NULL and do not vote. The first type all values fit wins:
 * BOOLEAN ({@code true}/{@code false}, any case), INTEGER, BIGINT, DECIMAL(p,s), DATE
 * ({@code yyyy-MM-dd}), TIMESTAMP (ISO, {@code T} or space, no zone), TIMESTAMP WITH TIME ZONE
 * (every value with {@code Z} or an offset), else VARCHAR. Numbers with a leading zero
 * ({@code 007}, postcodes) stay text so no digit is lost; a column mixing zoned and unzoned
 * timestamps, or dates and timestamps, is VARCHAR. A column with no value at all is VARCHAR.
 * Not thread-safe.
 */
public final class ColumnTypeInference {

    private boolean anyValue;
    private boolean bool = true;
    private boolean integer = true;
    private boolean bigint = true;
    private boolean decimal = true;
    private boolean date = true;
    private boolean localTimestamp = true;
    private boolean zonedTimestamp = true;
    private int integerDigits = 1;
    private int scale;

    /** The type the given values fit (convenience for small inputs). */
    public static ColumnType infer(Iterable<String> values) {
        ColumnTypeInference inference = new ColumnTypeInference();
        values.forEach(inference::accept);
        return inference.result();
    }

    /** Takes one value; {@code null} or empty is NULL and does not vote. */
    public void accept(String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        anyValue = true;
        // Each candidate is only tested while still possible: most columns settle after a few values.
        bool = bool && CellValues.bool(value) != null;
        boolean number = (integer || bigint || decimal) && !hasLeadingZero(value);
        integer = integer && number && CellValues.whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE) != null;
        bigint = bigint && number && CellValues.whole(value, Long.MIN_VALUE, Long.MAX_VALUE) != null;
        if (decimal) {
            BigDecimal d = number && !value.startsWith(".") && !value.endsWith(".") ? CellValues.decimal(value, 0, 0) : null;
            decimal = d != null;
            if (d != null) {
                scale = Math.max(scale, Math.max(d.scale(), 0));
                integerDigits = Math.max(integerDigits, d.precision() - d.scale());
            }
        }
        date = date && CellValues.date(value) != null;
        if (localTimestamp || zonedTimestamp) {
            Object t = CellValues.timestamp(value);
            localTimestamp = localTimestamp && t instanceof LocalDateTime;
            zonedTimestamp = zonedTimestamp && t instanceof OffsetDateTime;
        }
    }

    public ColumnType result() {
        if (!anyValue) {
            return ColumnType.VARCHAR;
        }
        if (bool) {
            return ColumnType.BOOLEAN;
        }
        if (integer) {
            return ColumnType.INTEGER;
        }
        if (bigint) {
            return ColumnType.BIGINT;
        }
        if (decimal && integerDigits + scale <= ColumnType.MAX_PRECISION) {
            return ColumnType.decimal(integerDigits + scale, scale);
        }
        if (date) {
            return ColumnType.DATE;
        }
        if (localTimestamp) {
            return ColumnType.TIMESTAMP;
        }
        return zonedTimestamp ? ColumnType.TIMESTAMP_TZ : ColumnType.VARCHAR;
    }

    /** {@code 007}, {@code -01.5}: a zero that a number would drop. {@code 0} and {@code 0.5} are fine. */
    private static boolean hasLeadingZero(String value) {
        int i = value.charAt(0) == '-' || value.charAt(0) == '+' ? 1 : 0;
        return value.length() > i + 1 && value.charAt(i) == '0' && Character.isDigit(value.charAt(i + 1));
    }
}
