package dev.steward.model.semantic.filter;

import java.util.ArrayList;
import java.util.List;

/** A one-line rendering of an item for table-driven assertions: {@code TIME_DIMENSION metric_time grain=month}. */
final class ItemShape {
    private ItemShape() {
    }

    static String of(GroupByItem item) {
        List<String> parts = new ArrayList<>();
        parts.add(item.kind().name());
        parts.add(item.element());
        if (!item.entityPath().isEmpty()) {
            parts.add("path=" + String.join(",", item.entityPath()));
        }
        item.grain().ifPresent(g -> parts.add("grain=" + g));
        item.datePart().ifPresent(p -> parts.add("part=" + p.keyword()));
        if (item.descending()) {
            parts.add("desc");
        }
        if (!item.groupBy().isEmpty()) {
            parts.add("group_by=" + String.join(",", item.groupBy()));
        }
        return String.join(" ", parts);
    }
}
