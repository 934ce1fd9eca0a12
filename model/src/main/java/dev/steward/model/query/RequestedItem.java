package dev.steward.model.query;

import dev.steward.model.semantic.filter.GroupByItem;

/** A group-by item of the query and the name of its output column (as the user wrote it). */
record RequestedItem(GroupByItem item, String column) {

    boolean isMetricTime() {
        return item.isMetricTime() && item.datePart().isEmpty();
    }

    /**
     * Whether this key is the time of {@code measure}'s rows: {@code metric_time} or the measure's own agg time
     * dimension ({@code booking__ds__day}), which MetricFlow places on the time spine the same way.
     */
    boolean isTimeOf(MeasureSpec measure) {
        if (item.datePart().isPresent()) {
            return false;
        }
        return item.isMetricTime() || isAggTimeOf(measure);
    }

    boolean isAggTimeOf(MeasureSpec measure) {
        return item.entityPath().size() == 1 && JoinPlanner.isIdentity(measure.model(), item.entityPath().getFirst())
                && item.element().equals(measure.aggTime().name());
    }
}
