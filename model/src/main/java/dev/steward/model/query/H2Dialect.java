package dev.steward.model.query;

import dev.steward.model.semantic.filter.DatePart;
import dev.steward.model.semantic.filter.TimeGranularity;

/** H2 2.x (the embedded preview database). */
final class H2Dialect implements SqlDialect {

    @Override
    public String id() {
        return "h2";
    }

    @Override
    public boolean inlinesCommonTableExpressions() {
        return true;
    }

    @Override
    public String dateTrunc(TimeGranularity grain, String expr) {
        String unit = grain == TimeGranularity.WEEK ? "ISO_WEEK" : grain.name();
        return "DATE_TRUNC('" + unit + "', " + expr + ")";
    }

    @Override
    public String extract(DatePart part, String expr) {
        String field = switch (part) {
            case DOW -> "ISO_DAY_OF_WEEK";
            case DOY -> "DAY_OF_YEAR";
            default -> part.name();
        };
        return "EXTRACT(" + field + " FROM " + expr + ")";
    }

    @Override
    public String addInterval(String expr, int count, TimeGranularity grain) {
        int n = grain == TimeGranularity.WEEK ? count * 7 : count;
        String unit = grain == TimeGranularity.WEEK ? "DAY" : grain.name();
        return "DATEADD(" + unit + ", " + n + ", " + expr + ")";
    }
}
