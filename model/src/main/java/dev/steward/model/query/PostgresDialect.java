package dev.steward.model.query;

import dev.steward.model.semantic.filter.DatePart;
import dev.steward.model.semantic.filter.TimeGranularity;

/** PostgreSQL 12 and later. */
final class PostgresDialect implements SqlDialect {

    @Override
    public String id() {
        return "postgres";
    }

    @Override
    public String dateTrunc(TimeGranularity grain, String expr) {
        return "DATE_TRUNC('" + grain.keyword() + "', " + expr + ")";
    }

    @Override
    public String extract(DatePart part, String expr) {
        String field = switch (part) {
            case DOW -> "isodow";
            default -> part.keyword();
        };
        return "EXTRACT(" + field + " FROM " + expr + ")";
    }

    @Override
    public String typedNull(String cte, String column) {
        return "(SELECT t." + quote(column) + " FROM " + cte + " t WHERE FALSE)";
    }

    @Override
    public String addInterval(String expr, int count, TimeGranularity grain) {
        return "(" + expr + " + MAKE_INTERVAL(" + switch (grain) {
            case YEAR -> "years";
            case QUARTER, MONTH -> "months";
            case WEEK -> "weeks";
            case DAY -> "days";
            case HOUR -> "hours";
            case MINUTE -> "mins";
            default -> "secs";
        } + " => " + (grain == TimeGranularity.QUARTER ? count * 3 : count) + "))";
    }
}
