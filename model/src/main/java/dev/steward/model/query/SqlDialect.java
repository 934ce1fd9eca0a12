package dev.steward.model.query;

import dev.steward.model.semantic.filter.DatePart;
import dev.steward.model.semantic.filter.TimeGranularity;
import java.util.Locale;
import java.util.Optional;

/**
 * The SQL a database understands. Every difference between databases that the compiler meets (date
 * truncation, interval arithmetic, percentiles, date parts, identifier quoting) is a method here,
 * so adding an engine is one class. {@link #H2} and {@link #POSTGRES} are shipped. Both run the
 * compiler's portable SQL otherwise: CTEs, window functions, {@code IS NOT DISTINCT FROM}, {@code LIMIT}.
 */
public interface SqlDialect {

    /** {@code h2}, {@code postgres}. */
    String id();

    SqlDialect H2 = new H2Dialect();
    SqlDialect POSTGRES = new PostgresDialect();

    /** The dialect for {@code id} ({@code h2}, {@code postgres}/{@code postgresql}), case-insensitive. */
    static Optional<SqlDialect> forId(String id) {
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "h2" -> Optional.of(H2);
            case "postgres", "postgresql" -> Optional.of(POSTGRES);
            default -> Optional.empty();
        };
    }

    /** A quoted identifier: case is kept and keywords ({@code value}) are safe. */
    default String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** {@code expr} truncated to the start of its {@code grain} period (weeks start on Monday, ISO). */
    String dateTrunc(TimeGranularity grain, String expr);

    /** {@code EXTRACT} of a date part; {@code dow} is the ISO day of week (Monday = 1). */
    String extract(DatePart part, String expr);

    /** {@code expr} moved by {@code count} periods of {@code grain} (negative = back in time). */
    String addInterval(String expr, int count, TimeGranularity grain);

    /** An ordered-set percentile aggregate; approximate percentiles are computed exactly. */
    default String percentile(String expr, double percentile, boolean discrete) {
        return (discrete ? "PERCENTILE_DISC(" : "PERCENTILE_CONT(") + percentile + ") WITHIN GROUP (ORDER BY "
                + expr + ")";
    }

    /** {@code expr} as a double-precision number (ratio metrics divide in floating point). */
    default String castToDouble(String expr) {
        return "CAST(" + expr + " AS DOUBLE PRECISION)";
    }

    /** {@code AVG} that does not truncate integer inputs. */
    default String average(String expr) {
        return "AVG(" + castToDouble(expr) + ")";
    }

    /**
     * Whether the compiler writes derived tables instead of a {@code WITH} list: H2 2.x returns results of
     * a cached plan's earlier parameter values when one CTE reads another.
     */
    default boolean inlinesCommonTableExpressions() {
        return false;
    }

    /**
     * A NULL of the type of {@code column} of CTE {@code cte}, for the placeholder columns of a UNION ALL.
     * A bare NULL is enough where the engine types a union's columns from all its branches (H2); PostgreSQL
     * types NULL-only columns of a union's first branches as text, so it needs the type spelled out.
     */
    default String typedNull(String cte, String column) {
        return "NULL";
    }

    /** {@code expr} as a date (a time dimension truncated to days is compared with date parameters). */
    default String castToDate(String expr) {
        return "CAST(" + expr + " AS DATE)";
    }
}
