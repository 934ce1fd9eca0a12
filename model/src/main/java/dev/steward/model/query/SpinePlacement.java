package dev.steward.model.query;

import dev.steward.model.semantic.filter.TimeGranularity;
import java.util.List;
import java.util.Optional;

/**
 * How rows meet the time spine under a {@link TimeShift}: offsets move the spine day the rows are matched
 * to ({@code spine day - window}, {@code DATE_TRUNC(grain, spine day)}), applied outermost first; a
 * cumulative step then matches every row of the window ending on that day.
 */
final class SpinePlacement {

    private SpinePlacement() {
    }

    /** The join condition between a row's day and the spine day. */
    static String condition(SqlDialect d, TimeShift shift, String rowDay, String spineDay) {
        List<TimeShift> steps = TimeShift.steps(shift);
        boolean cumulative = !steps.isEmpty() && steps.getLast() instanceof TimeShift.Cumulative;
        String end = anchor(d, cumulative ? steps.subList(0, steps.size() - 1) : steps, spineDay);
        if (!cumulative) {
            return rowDay + " = " + end;
        }
        TimeShift.Cumulative c = (TimeShift.Cumulative) steps.getLast();
        return rowDay + " <= " + end
                + c.window().map(w -> "\n    AND " + rowDay + " > " + d.addInterval(end, -w.count(), w.grain())).orElse("")
                + c.grainToDate().map(g -> "\n    AND " + rowDay + " >= " + d.dateTrunc(g, end)).orElse("");
    }

    /**
     * The spine day a cumulative window ends on, when offsets moved it away from the queried day: MetricFlow
     * bounds that day by the query's time range too.
     */
    static Optional<String> shiftedCumulativeEnd(SqlDialect d, TimeShift shift, String spineDay) {
        List<TimeShift> steps = TimeShift.steps(shift);
        if (steps.size() < 2 || !(steps.getLast() instanceof TimeShift.Cumulative)) {
            return Optional.empty();
        }
        return Optional.of(d.dateTrunc(TimeGranularity.DAY, anchor(d, steps.subList(0, steps.size() - 1), spineDay)));
    }

    private static String anchor(SqlDialect d, List<TimeShift> offsets, String spineDay) {
        String anchor = spineDay;
        for (TimeShift step : offsets) {
            anchor = switch (step) {
                case TimeShift.OffsetWindow o -> d.addInterval(anchor, -o.window().count(), o.window().grain());
                case TimeShift.OffsetToGrain o -> d.dateTrunc(o.grain(), anchor);
                default -> throw new IllegalStateException("a cumulative step can only come last: " + step);
            };
        }
        return anchor;
    }
}
