package dev.steward.model.semantic;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Percentile settings: legacy {@code agg_params{percentile, use_discrete_percentile,
 * use_approximate_percentile}} or the latest spec's {@code percentile} + {@code percentile_type}.
 * {@code percentileType} is {@code discrete}, {@code continuous} or {@code approximate} when written.
 */
public record AggregationParams(Optional<BigDecimal> percentile, boolean useDiscretePercentile,
                                boolean useApproximatePercentile, Optional<String> percentileType,
                                SourceRange range, Map<String, YamlNode> extensions) {
    public AggregationParams {
        extensions = Extensions.freeze(extensions);
    }
}
