package dev.steward.model.semantic;

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
 * end the walk (the validator reports them). The one place the studio, the linter, completion and the
 * preview learn a metric's models from.
 */
public final class MetricSources {
    private final SemanticProject project;

    public MetricSources(SemanticProject project) {
        this.project = project;
    }

    /** The models {@code metricName} reads, in first-use order; empty for an unknown metric. */
    public Set<SemanticModel> models(String metricName) {
        Walk walk = new Walk(false);
        walk.collect(metricName);
        return walk.out;
    }

    /**
     * The models whose dimensions a metric can be grouped by: for a conversion metric only its base
     * input (MetricFlow groups conversions by the base event), otherwise {@link #models}.
     */
    public Set<SemanticModel> groupingModels(String metricName) {
        Walk walk = new Walk(true);
        walk.collect(metricName);
        return walk.out;
    }

    /**
     * The models a metric reads when every input resolves and no conversion metric is on the way (a
     * conversion joins two event models, so one set of models does not say what it can reach); empty
     * otherwise, so callers that judge reachability do not judge on partial knowledge.
     */
    public Optional<Set<SemanticModel>> completeModels(String metricName) {
        Walk walk = new Walk(false);
        walk.collect(metricName);
        return walk.complete && !walk.out.isEmpty() ? Optional.of(walk.out) : Optional.empty();
    }

    private final class Walk {
        private final boolean baseOnly;
        private final Set<SemanticModel> out = new LinkedHashSet<>();
        private final Set<String> seen = new HashSet<>();
        private boolean complete = true;

        Walk(boolean baseOnly) {
            this.baseOnly = baseOnly;
        }

        void collect(String metricName) {
            if (!seen.add(metricName)) {
                return;
            }
            Optional<Metric> found = project.metric(metricName);
            if (found.isEmpty()) {
                // a measure named directly (legacy cumulative/conversion inputs)
                add(project.modelOfMeasure(metricName));
                return;
            }
            Metric metric = found.get();
            switch (metric.params()) {
                case MetricParams.Simple s -> add(s.measure().isPresent()
                        ? project.modelOfMeasure(s.measure().get().name()) : project.owningModel(metric));
                case MetricParams.Ratio r -> inputs(Stream.of(r.numerator(), r.denominator()), 2);
                case MetricParams.Derived d -> d.inputs().forEach(i -> collect(i.name()));
                case MetricParams.Cumulative c -> inputs(Stream.of(c.metric(), c.measure()), 1);
                case MetricParams.Conversion c -> {
                    complete = false;
                    inputs(baseOnly ? Stream.of(c.baseMetric(), c.baseMeasure())
                            : Stream.of(c.baseMetric(), c.baseMeasure(), c.conversionMetric(), c.conversionMeasure()), 0);
                }
                case MetricParams.Unknown u -> complete = false;
            }
        }

        private void add(Optional<SemanticModel> model) {
            model.ifPresentOrElse(out::add, () -> complete = false);
        }

        private void inputs(Stream<Optional<MetricInput>> inputs, int needed) {
            List<MetricInput> present = new ArrayList<>();
            inputs.forEach(o -> o.ifPresent(present::add));
            if (present.size() < needed) {
                complete = false;
            }
            present.forEach(i -> collect(i.name()));
        }
    }
}
