package dev.steward.model.semantic.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A typed reference to a dimension, time dimension, entity or metric. {@code entityPath} is the chain of
 * entity links from the queried model ({@code listing__user__country} → path {@code [listing, user]},
 * element {@code country}); {@code grain} is a standard grain keyword or a custom grain name;
 * {@code groupBy} is the group-by of a metric used in a filter.
 */
public record GroupByItem(ItemKind kind, String element, List<String> entityPath, Optional<String> grain,
                          Optional<DatePart> datePart, boolean descending, List<String> groupBy) {

    public GroupByItem {
        entityPath = List.copyOf(entityPath);
        groupBy = List.copyOf(groupBy);
    }

    /** The grain when it is a standard one; empty for no grain or a custom grain. */
    public Optional<TimeGranularity> standardGrain() {
        return grain.flatMap(TimeGranularity::parse);
    }

    public boolean isMetricTime() {
        return element.equals(SemanticNames.METRIC_TIME) && entityPath.isEmpty();
    }

    /** The dunder name MetricFlow gives the output column: {@code customer__region}, {@code metric_time__month}. */
    public String dunderName() {
        List<String> parts = new ArrayList<>(entityPath);
        parts.add(element);
        grain.ifPresent(parts::add);
        datePart.ifPresent(p -> parts.add(DatePart.EXTRACT_PREFIX + p.keyword()));
        return String.join(SemanticNames.DUNDER, parts);
    }
}
