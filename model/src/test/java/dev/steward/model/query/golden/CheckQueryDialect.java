package dev.steward.model.query.golden;

import java.util.Locale;

/**
 * How MetricFlow's SQL renderer writes the expressions its check-query helpers emit, for the engines the
 * golden tests run on. H2 truncates {@code week} to Sunday, so ISO weeks (Monday, as MetricFlow and
 * PostgreSQL use) are {@code ISO_WEEK} there.
 */
enum CheckQueryDialect {
    H2, POSTGRES;

    String dateTrunc(String expr, String grain) {
        String unit = this == H2 && grain.equals("week") ? "ISO_WEEK" : grain;
        return "DATE_TRUNC('" + unit + "', " + castToTimestamp(expr) + ")";
    }

    String castToTimestamp(String expr) {
        return "CAST(" + expr + " AS TIMESTAMP)";
    }

    /** {@code column - count grain} (a fixed count). */
    String dateSub(String column, long count, String grain) {
        return dateAdd(column, "-" + count, grain, true);
    }

    /** {@code date + count grain} where {@code count} is an SQL expression. */
    String dateAdd(String date, String count, String grain, boolean literalCount) {
        if (this == H2) {
            return "DATEADD(" + grain.toUpperCase(Locale.ROOT) + ", " + count + ", " + date + ")";
        }
        String unit = switch (grain) {
            case "quarter" -> "months";
            case "minute" -> "mins";
            case "second" -> "secs";
            default -> grain + "s";
        };
        String amount = grain.equals("quarter") ? "3 * (" + count + ")" : count;
        String cast = literalCount ? amount : "CAST(" + amount + " AS INTEGER)";
        return date + " + MAKE_INTERVAL(" + unit + " => " + cast + ")";
    }

    String extract(String expr, String part) {
        String field = switch (part) {
            case "dow" -> this == H2 ? "ISO_DAY_OF_WEEK" : "isodow";
            case "doy" -> this == H2 ? "DAY_OF_YEAR" : "doy";
            default -> part;
        };
        return "EXTRACT(" + field + " FROM " + castToTimestamp(expr) + ")";
    }

    /** {@code null} when the engine has no such percentile (approximate ones): MetricFlow skips those cases. */
    String percentile(String expr, double percentile, boolean discrete, boolean approximate) {
        if (approximate) {
            return null;
        }
        return (discrete ? "PERCENTILE_DISC(" : "PERCENTILE_CONT(") + percentile + ") WITHIN GROUP (ORDER BY "
                + expr + ")";
    }

    boolean supports(String requiredFeature) {
        return !requiredFeature.startsWith("APPROXIMATE_");
    }

    String doubleType() {
        return "DOUBLE PRECISION";
    }

    String randomUuid() {
        return this == H2 ? "RANDOM_UUID()" : "GEN_RANDOM_UUID()";
    }
}
