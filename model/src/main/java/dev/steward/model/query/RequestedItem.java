package dev.steward.model.query;

import dev.steward.model.semantic.filter.GroupByItem;

/** A group-by item of the query and the name of its output column (as the user wrote it). */
record RequestedItem(GroupByItem item, String column) {

    boolean isMetricTime() {
        return item.isMetricTime() && item.datePart().isEmpty();
    }
}
