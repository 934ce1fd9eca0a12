package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricInput;
import dev.steward.model.semantic.MetricParams;
import java.util.Optional;

/**
 * DSI MetricMeasuresRule and SimpleMetricExprRule: every measure a metric names exists, and a
 * simple metric names a measure (legacy spec) or aggregates itself ({@code agg}, latest spec).
 */
final class MetricMeasuresRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-unknown-measure";
    }

    @Override
    public String checking() {
        return "the measures metrics refer to";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        for (Metric metric : index.project().metrics()) {
            switch (metric.params()) {
                case MetricParams.Simple s -> {
                    if (s.measure().isEmpty() && s.agg().isEmpty()) {
                        findings.error(metric, metric.range(), "Simple metric '" + metric.name()
                                + "' has no input: set 'type_params.measure' (legacy spec) or 'agg' (latest spec).");
                    }
                    measure(index, findings, metric, s.measure());
                }
                case MetricParams.Cumulative c -> measure(index, findings, metric, c.measure());
                case MetricParams.Conversion c -> {
                    measure(index, findings, metric, c.baseMeasure());
                    measure(index, findings, metric, c.conversionMeasure());
                }
                default -> {
                }
            }
        }
    }

    private static void measure(SemanticIndex index, Findings findings, Metric metric, Optional<MetricInput> input) {
        input.filter(i -> !index.measureExists(i.name())).ifPresent(i -> findings.error(metric, i.range(),
                "Metric '" + metric.name() + "' refers to measure '" + i.name()
                        + "', which no semantic model defines; use the name of a measure of a semantic model."));
    }
}
