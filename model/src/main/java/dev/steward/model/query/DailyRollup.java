package dev.steward.model.query;

import dev.steward.model.semantic.filter.TimeGranularity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A measure aggregated per day (and per every other column its branch reads) before its rows meet the
 * time spine, so the spine join of offsets and cumulative windows runs over days × groups instead of source
 * rows. Only aggregations that re-aggregate exactly qualify: sum, count and sum_boolean (re-summed), min and
 * max, average (its sum and count carried apart). Count distinct, median and percentiles keep the row plan,
 * as do semi-additive measures (their non-additive edge needs the rows) and agg time dimensions finer than a day.
 */
final class DailyRollup {
    /** The column with the rows' count per group, carried for averages. */
    static final String COUNT = "__count";

    private DailyRollup() {
    }

    /** Whether the measure's rows may be pre-aggregated per day under {@code shift}. */
    static boolean applies(MeasureSpec measure, TimeShift shift) {
        if (shift instanceof TimeShift.None || measure.nonAdditive().isPresent()) {
            return false;
        }
        boolean dayOrCoarser = measure.aggTime().timeGranularity().flatMap(TimeGranularity::parse)
                .map(g -> g.compareTo(TimeGranularity.DAY) >= 0).orElse(true);
        return dayOrCoarser && switch (measure.aggregation()) {
            case SUM, COUNT, SUM_BOOLEAN, MIN, MAX, AVERAGE -> true;
            case COUNT_DISTINCT, MEDIAN, PERCENTILE -> false;
        };
    }

    /** The per-group aggregates by column name: the value under {@code valueName}, an average's count under {@code countName}. */
    static Map<String, String> preAggregates(MeasureSpec measure, String valueName, String countName, String expr) {
        Map<String, String> aggregates = new LinkedHashMap<>();
        aggregates.put(valueName, switch (measure.aggregation()) {
            case SUM, AVERAGE -> "SUM(" + expr + ")";
            case COUNT -> "COUNT(" + expr + ")";
            case SUM_BOOLEAN -> "SUM(CASE WHEN " + expr + " THEN 1 ELSE 0 END)";
            case MIN -> "MIN(" + expr + ")";
            case MAX -> "MAX(" + expr + ")";
            default -> throw new IllegalStateException("not pre-aggregated: " + measure.aggregation());
        });
        if (measure.aggregation() == dev.steward.model.semantic.Aggregation.AVERAGE) {
            aggregates.put(countName, "COUNT(" + expr + ")");
        }
        return aggregates;
    }

    /** The aggregate of the pre-aggregated {@code value} (and {@code count}) that equals the measure's own. */
    static String reaggregate(SqlDialect d, MeasureSpec measure, String value, String count) {
        return switch (measure.aggregation()) {
            case SUM -> "SUM(" + value + ")";
            case COUNT, SUM_BOOLEAN -> "CAST(COALESCE(SUM(" + value + "), 0) AS BIGINT)";
            case MIN -> "MIN(" + value + ")";
            case MAX -> "MAX(" + value + ")";
            case AVERAGE -> d.castToDouble("SUM(" + value + ")") + " / NULLIF(SUM(" + count + "), 0)";
            default -> throw new IllegalStateException("not pre-aggregated: " + measure.aggregation());
        };
    }
}
