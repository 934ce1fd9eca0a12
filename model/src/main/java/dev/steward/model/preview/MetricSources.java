package dev.steward.model.preview;

import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricInput;
import dev.steward.model.semantic.MetricParams;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.SemanticProject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which semantic models a metric reads, following ratio, derived, cumulative and conversion inputs down
 * to measures (legacy spec) or simple metrics declared on a model (latest spec). Cycles and unknown names
 * end the walk (the validator reports them).
 */
final class MetricSources {
    private final SemanticProject project;

    MetricSources(SemanticProject project) {
        this.project = project;
    }

    /** The models {@code metricName} reads, in first-use order; empty for an unknown metric. */
    Set<SemanticModel> models(String metricName) {
        Set<SemanticModel> out = new LinkedHashSet<>();
        collect(metricName, out, new HashSet<>(), false);
        return out;
    }

    /**
     * The models whose dimensions a metric can be grouped by: for a conversion metric only its base
     * input (MetricFlow groups conversions by the base event), otherwise {@link #models}.
     */
    Set<SemanticModel> groupingModels(String metricName) {
        Set<SemanticModel> out = new LinkedHashSet<>();
        collect(metricName, out, new HashSet<>(), true);
        return out;
    }

    private void collect(String metricName, Set<SemanticModel> out, Set<String> seen, boolean baseOnly) {
        if (!seen.add(metricName)) {
            return;
        }
        Optional<Metric> found = project.metric(metricName);
        if (found.isEmpty()) {
            // a measure named directly (legacy cumulative/conversion inputs)
            project.modelOfMeasure(metricName).ifPresent(out::add);
            return;
        }
        Metric metric = found.get();
        switch (metric.params()) {
            case MetricParams.Simple s -> {
                if (s.measure().isPresent()) {
                    project.modelOfMeasure(s.measure().get().name()).ifPresent(out::add);
                } else {
                    metric.owningModel().flatMap(this::modelFor).ifPresent(out::add);
                }
            }
            case MetricParams.Ratio r -> inputs(Stream.of(r.numerator(), r.denominator()), out, seen, baseOnly);
            case MetricParams.Derived d -> d.inputs().forEach(i -> collect(i.name(), out, seen, baseOnly));
            case MetricParams.Cumulative c -> inputs(Stream.of(c.metric(), c.measure()), out, seen, baseOnly);
            case MetricParams.Conversion c -> inputs(baseOnly ? Stream.of(c.baseMetric(), c.baseMeasure())
                    : Stream.of(c.baseMetric(), c.baseMeasure(), c.conversionMetric(), c.conversionMeasure()),
                    out, seen, baseOnly);
            case MetricParams.Unknown u -> {
                // nothing to follow
            }
        }
    }

    private void inputs(Stream<Optional<MetricInput>> inputs, Set<SemanticModel> out, Set<String> seen, boolean baseOnly) {
        List<MetricInput> present = new ArrayList<>();
        inputs.forEach(o -> o.ifPresent(present::add));
        present.forEach(i -> collect(i.name(), out, seen, baseOnly));
    }

    /** The semantic model built on dbt model {@code dbtModel} (latest spec: same name by default). */
    Optional<SemanticModel> modelFor(String dbtModel) {
        return project.semanticModels().stream()
                .filter(m -> m.model().map(dbtModel::equals).orElse(false)).findFirst()
                .or(() -> project.semanticModel(dbtModel));
    }
}
