package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricInput;
import dev.steward.model.semantic.MetricParams;
import dev.steward.model.semantic.SavedQuery;
import java.util.Optional;

/**
 * The metric-input half of DSI DerivedMetricRule (and SavedQueryRule's metric check): every metric
 * that ratio, derived, cumulative and conversion metrics and saved queries name exists.
 */
final class MetricInputsExistRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-unknown-metric";
    }

    @Override
    public String checking() {
        return "the metrics other metrics and saved queries refer to";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        for (Metric metric : index.project().metrics()) {
            switch (metric.params()) {
                case MetricParams.Ratio r -> {
                    input(index, findings, metric, "numerator", r.numerator());
                    input(index, findings, metric, "denominator", r.denominator());
                }
                case MetricParams.Derived d -> d.inputs().forEach(i -> input(index, findings, metric, "input", Optional.of(i)));
                case MetricParams.Cumulative c -> input(index, findings, metric, "input metric", c.metric());
                case MetricParams.Conversion c -> {
                    input(index, findings, metric, "base metric", c.baseMetric());
                    input(index, findings, metric, "conversion metric", c.conversionMetric());
                }
                default -> {
                }
            }
        }
        for (SavedQuery q : index.project().savedQueries()) {
            for (String name : q.metrics()) {
                if (!index.metricExists(name)) {
                    findings.error(q, q.range(), "Saved query '" + q.name() + "' lists metric '" + name
                            + "', which is not defined; list metrics defined in the project.");
                }
            }
        }
    }

    private static void input(SemanticIndex index, Findings findings, Metric metric, String role,
                              Optional<MetricInput> input) {
        input.filter(i -> !index.metricExists(i.name())).ifPresent(i -> findings.error(metric, i.range(),
                "The " + role + " '" + i.name() + "' of metric '" + metric.name()
                        + "' is not a defined metric; refer to a metric defined in the project."));
    }
}
