package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Aggregation;
import dev.steward.model.semantic.AggregationParams;
import dev.steward.model.semantic.NonAdditiveDimension;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.yaml.SourceRange;
import java.util.Optional;

/**
 * Something that aggregates a column: a legacy measure or a latest-spec simple metric with
 * {@code agg}. {@code kind} is "Measure" or "Metric" for messages; {@code owner} is the element the
 * diagnostic's file is looked up by.
 */
record Aggregated(String kind, String name, String agg, Optional<String> expr, Optional<AggregationParams> aggParams,
                  Optional<String> aggTimeDimension, Optional<NonAdditiveDimension> nonAdditiveDimension,
                  Optional<SemanticModel> model, Object owner, SourceRange range) {

    Optional<Aggregation> aggregation() {
        for (Aggregation a : Aggregation.values()) {
            if (a.name().equalsIgnoreCase(agg.strip())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
