package dev.steward.model.semantic;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;

/** A legacy-spec measure. {@code agg} is kept as written (lower-cased); {@link #aggregation()} is typed. */
public record Measure(String name, String agg, Optional<String> expr, Optional<String> aggTimeDimension,
                      Optional<AggregationParams> aggParams, Optional<NonAdditiveDimension> nonAdditiveDimension,
                      boolean createMetric, Optional<String> label, Optional<String> description, SourceRange range,
                      Map<String, YamlNode> extensions) {

    public Measure {
        extensions = Extensions.freeze(extensions);
    }

    public Optional<Aggregation> aggregation() {
        return Enums.parse(Aggregation.class, agg);
    }
}
