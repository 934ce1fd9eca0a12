package dev.steward.model.preview;

import java.util.Locale;

/**
 * The SQL type of a seed column in the preview database. {@code length} bounds VARCHAR (0 =
 * unbounded); {@code precision}/{@code scale} apply to DECIMAL (precision 0 = unbounded, created as
 * {@code DECFLOAT} so no decimal is rounded away).
 * {@link #convert} turns a CSV value into the JDBC value, or says why it does not fit.
 */
public record ColumnType(Kind kind, int length, int precision, int scale) {

    /** The types the preview database uses. */
    public enum Kind {
        BOOLEAN("BOOLEAN"), SMALLINT("SMALLINT"), INTEGER("INTEGER"), BIGINT("BIGINT"), DECIMAL("DECIMAL"),
        DOUBLE("DOUBLE PRECISION"), DATE("DATE"),
        // H2 keeps 6 fractional digits unless told otherwise and would round nanoseconds away.
        TIMESTAMP("TIMESTAMP(9)"), TIMESTAMP_TZ("TIMESTAMP(9) WITH TIME ZONE"),
        UUID("UUID"), VARCHAR("VARCHAR");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }
    }

    public static final ColumnType BOOLEAN = of(Kind.BOOLEAN);
    public static final ColumnType SMALLINT = of(Kind.SMALLINT);
    public static final ColumnType INTEGER = of(Kind.INTEGER);
    public static final ColumnType BIGINT = of(Kind.BIGINT);
    public static final ColumnType DOUBLE = of(Kind.DOUBLE);
    public static final ColumnType DATE = of(Kind.DATE);
    public static final ColumnType TIMESTAMP = of(Kind.TIMESTAMP);
    public static final ColumnType TIMESTAMP_TZ = of(Kind.TIMESTAMP_TZ);
    public static final ColumnType UUID = of(Kind.UUID);
    public static final ColumnType VARCHAR = of(Kind.VARCHAR);

    /** H2's largest DECIMAL precision. */
    public static final int MAX_PRECISION = 100_000;

    public ColumnType {
        if (length < 0 || precision < 0 || scale < 0 || scale > Math.max(precision, 0) && precision > 0) {
            throw new IllegalArgumentException("bad type arguments: " + length + "," + precision + "," + scale);
        }
    }

    private static ColumnType of(Kind kind) {
        return new ColumnType(kind, 0, 0, 0);
    }

    public static ColumnType decimal(int precision, int scale) {
        return new ColumnType(Kind.DECIMAL, 0, precision, scale);
    }

    public static ColumnType varchar(int length) {
        return new ColumnType(Kind.VARCHAR, length, 0, 0);
    }

    /** The type as written in {@code CREATE TABLE}, e.g. {@code DECIMAL(8,1)} or {@code VARCHAR(20)}. */
    public String sql() {
        return switch (kind) {
            // H2 reads a bare DECIMAL as DECIMAL(100000,0) and would round 1.25 to 1: unbounded is DECFLOAT.
            case DECIMAL -> precision == 0 ? "DECFLOAT" : "DECIMAL(" + precision + "," + scale + ")";
            case VARCHAR -> length == 0 ? "VARCHAR" : "VARCHAR(" + length + ")";
            default -> kind.sql;
        };
    }

    /**
     * The JDBC value of a non-empty CSV value.
     *
     * @throws IllegalArgumentException with a sentence saying why the value does not fit this type
     */
    public Object convert(String text) {
        Object value = CellValues.parse(this, text);
        if (value == null) {
            throw new IllegalArgumentException("'" + abbreviate(text) + "' is not " + expected());
        }
        if (kind == Kind.VARCHAR && length > 0 && text.codePointCount(0, text.length()) > length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "'%s' is %d characters long; %s allows at most %d", abbreviate(text),
                    text.codePointCount(0, text.length()), sql(), length));
        }
        return value;
    }

    /** What a fitting value looks like, for messages. */
    public String expected() {
        return switch (kind) {
            case BOOLEAN -> "a BOOLEAN (true or false)";
            case SMALLINT -> "a SMALLINT (a whole number from -32768 to 32767)";
            case INTEGER -> "an INTEGER (a whole number from -2147483648 to 2147483647)";
            case BIGINT -> "a BIGINT (a whole number of at most 19 digits)";
            case DECIMAL -> precision == 0 ? "a DECIMAL number"
                    : "a " + sql() + " (at most " + (precision - scale) + " digits before and " + scale + " after the point)";
            case DOUBLE -> "a DOUBLE PRECISION number";
            case DATE -> "a DATE (yyyy-MM-dd)";
            case TIMESTAMP -> "a TIMESTAMP without time zone (yyyy-MM-dd HH:mm:ss or yyyy-MM-ddTHH:mm:ss)";
            case TIMESTAMP_TZ -> "a TIMESTAMP WITH TIME ZONE (yyyy-MM-ddTHH:mm:ssZ or with an offset such as +02:00)";
            case UUID -> "a UUID (8-4-4-4-12 hexadecimal digits)";
            case VARCHAR -> "text";
        };
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
