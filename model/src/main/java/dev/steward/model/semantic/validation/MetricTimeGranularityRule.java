package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricInput;
import dev.steward.model.semantic.MetricParams;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * DSI MetricTimeGranularityRule (not a DSI default rule): a metric's {@code time_granularity} is a
 * known grain no finer than the agg time dimension of any aggregation it is built from (a metric
 * cannot be shown per day when an input only has months).
 */
final class MetricTimeGranularityRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-metric-time-granularity";
    }

    @Override
    public String checking() {
        return "metric time granularities";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        Set<String> custom = index.customGrains();
        for (Metric metric : index.project().metrics()) {
            if (metric.timeGranularity().isEmpty()) {
                continue;
            }
            String grain = metric.timeGranularity().get();
            if (!Grains.isKnown(grain, custom)) {
                findings.error(metric, metric.range(), "Metric '" + metric.name() + "' has time_granularity '" + grain
                        + "'; allowed: " + Grains.standardList() + (custom.isEmpty() ? "" : " or a custom granularity") + ".");
                continue;
            }
            int rank = Grains.rank(grain);
            if (rank < 0) {
                continue;
            }
            for (Aggregated a : inputs(index, metric, new HashSet<>())) {
                Optional<String> inputGrain = aggTimeGrain(a);
                if (inputGrain.isPresent() && Grains.rank(inputGrain.get()) > rank) {
                    findings.error(metric, metric.range(), "Metric '" + metric.name() + "' has time_granularity '" + grain
                            + "', finer than the '" + inputGrain.get() + "' agg time dimension of its input '" + a.name()
                            + "'; use '" + inputGrain.get() + "' or coarser.");
                    break;
                }
            }
        }
    }

    /** The aggregations a metric is built from, through its input metrics (cycles are cut). */
    private static List<Aggregated> inputs(SemanticIndex index, Metric metric, Set<String> visited) {
        List<Aggregated> out = new ArrayList<>();
        if (!visited.add(metric.name())) {
            return out;
        }
        List<Optional<MetricInput>> metrics = new ArrayList<>();
        switch (metric.params()) {
            case MetricParams.Simple s -> index.aggregationOfMetric(metric.name()).ifPresent(out::add);
            case MetricParams.Ratio r -> {
                metrics.add(r.numerator());
                metrics.add(r.denominator());
            }
            case MetricParams.Derived d -> d.inputs().forEach(i -> metrics.add(Optional.of(i)));
            case MetricParams.Cumulative c -> {
                metrics.add(c.metric());
                c.measure().flatMap(m -> index.aggregationOfMeasure(m.name())).ifPresent(out::add);
            }
            default -> {
            }
        }
        for (Optional<MetricInput> i : metrics) {
            i.flatMap(x -> index.project().metric(x.name())).ifPresent(m -> out.addAll(inputs(index, m, visited)));
        }
        return out;
    }

    private static Optional<String> aggTimeGrain(Aggregated a) {
        return a.model().flatMap(m -> a.aggTimeDimension().or(m::aggTimeDimension).flatMap(m::dimension))
                .filter(d -> d.dimensionType().orElse(null) == Dimension.Type.TIME)
                .flatMap(Dimension::timeGranularity).filter(g -> Grains.rank(g) >= 0);
    }
}
