package dev.steward.model.query;

import dev.steward.model.semantic.Aggregation;
import dev.steward.model.semantic.AggregationParams;
import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.NonAdditiveDimension;
import dev.steward.model.semantic.SemanticModel;
import java.util.List;
import java.util.Optional;

/**
 * What a simple metric aggregates, whichever spec defined it: a legacy measure (with the metric's
 * {@code measure:} input settings) or a latest-spec simple metric. {@code filters} are the measure input's
 * and the metric's own filters, ANDed.
 */
record MeasureSpec(String name, SemanticModel model, Aggregation aggregation, String expr,
                   Optional<AggregationParams> aggParams, Dimension aggTime,
                   Optional<NonAdditiveDimension> nonAdditive, List<String> filters, boolean joinToTimespine,
                   Optional<String> fillNullsWith) {

    MeasureSpec {
        filters = List.copyOf(filters);
    }
}
