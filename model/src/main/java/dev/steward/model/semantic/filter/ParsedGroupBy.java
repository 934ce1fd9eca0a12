package dev.steward.model.semantic.filter;

import java.util.Optional;

/** A query-time group-by or order-by item: the typed item, or the problem that prevented reading it. */
public record ParsedGroupBy(String text, Optional<GroupByItem> item, Optional<FilterProblem> problem) {

    public boolean isValid() {
        return item.isPresent();
    }
}
