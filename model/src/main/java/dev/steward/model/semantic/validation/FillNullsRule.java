package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricInput;
import dev.steward.model.semantic.MetricParams;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * DSI MetricAggregationParamsInForSimpleMetricsRule (not a DSI default rule, so {@code dbt parse}
 * misses it): {@code fill_nulls_with} and {@code join_to_timespine} apply to the measure input of a
 * simple, cumulative or conversion metric, not to the metric inputs of ratio and derived metrics.
 */
final class FillNullsRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-fill-nulls";
    }

    @Override
    public String checking() {
        return "fill_nulls_with and join_to_timespine placement";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        for (Metric metric : index.project().metrics()) {
            if (metric.metricType().orElse(Metric.Type.SIMPLE) != Metric.Type.SIMPLE) {
                for (String key : List.of("fill_nulls_with", "join_to_timespine")) {
                    YamlNode node = metric.extensions().get(key);
                    if (node != null) {
                        findings.error(metric, node.range(), "Metric '" + metric.name() + "' is " + metric.type()
                                + " and sets " + key + ", which only simple metrics take; set it on the simple"
                                + " metrics it is built from.");
                    }
                }
            }
            switch (metric.params()) {
                case MetricParams.Ratio r -> {
                    input(findings, metric, r.numerator());
                    input(findings, metric, r.denominator());
                }
                case MetricParams.Derived d -> d.inputs().forEach(i -> input(findings, metric, Optional.of(i)));
                default -> {
                }
            }
        }
    }

    private static void input(Findings findings, Metric metric, Optional<MetricInput> input) {
        input.ifPresent(i -> {
            if (i.fillNullsWith().isPresent() || i.joinToTimespine().isPresent()) {
                findings.error(metric, i.range(), "Metric '" + metric.name() + "' is " + metric.type()
                        + " and sets fill_nulls_with or join_to_timespine on input '" + i.name() + "'; these apply only"
                        + " to simple metrics (or a measure input): set them on the simple metric '" + i.name() + "'.");
            }
        });
    }
}
