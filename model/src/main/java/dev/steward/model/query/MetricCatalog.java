package dev.steward.model.query;

import dev.steward.model.semantic.Aggregation;
import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.Measure;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricInput;
import dev.steward.model.semantic.MetricParams;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.SemanticProject;
import dev.steward.model.text.ClosestMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Looks up metrics and turns simple metrics and measure inputs into {@link MeasureSpec}s, with clear problems. */
final class MetricCatalog {
    private final SemanticProject project;

    MetricCatalog(SemanticProject project) {
        this.project = project;
    }

    SemanticProject project() {
        return project;
    }

    Metric metric(String name, String input) throws QueryCompileException {
        Optional<Metric> metric = project.metric(name);
        if (metric.isPresent()) {
            return metric.get();
        }
        List<String> names = project.metrics().stream().map(Metric::name).toList();
        String hint = ClosestMatch.closest(name, names).map(n -> " Did you mean '" + n + "'?")
                .orElse(names.isEmpty() ? " The project defines no metrics."
                        : " Known metrics: " + String.join(", ", names.subList(0, Math.min(8, names.size())))
                        + (names.size() > 8 ? ", ..." : "") + ".");
        throw new QueryCompileException(QueryProblem.of(input, "Unknown metric '" + name + "'." + hint));
    }

    /** The measure a simple metric aggregates, with the metric's filters and time-spine settings. */
    MeasureSpec simple(Metric metric) throws QueryCompileException {
        if (!(metric.params() instanceof MetricParams.Simple simple)) {
            throw problem(metric, "is not a simple metric");
        }
        if (simple.measure().isPresent()) {
            MetricInput input = simple.measure().get();
            List<String> filters = new ArrayList<>(input.filters());
            filters.addAll(metric.filters());
            return measure(input.name(), metric, filters,
                    input.joinToTimespine().or(simple::joinToTimespine).orElse(false),
                    input.fillNullsWith().or(simple::fillNullsWith));
        }
        SemanticModel model = project.semanticModels().stream()
                .filter(m -> metric.owningModel().filter(o -> o.equals(m.name())
                        || m.model().filter(o::equals).isPresent()).isPresent())
                .findFirst().orElseThrow(() -> problem(metric, "has no measure and no semantic model to aggregate"));
        Aggregation agg = simple.aggregation().orElseThrow(() -> problem(metric, "has no valid agg"));
        Dimension time = aggTime(model, simple.aggTimeDimension().or(model::aggTimeDimension), metric.name());
        return new MeasureSpec(metric.name(), model, agg, simple.expr().orElse(metric.name()), simple.aggParams(), time,
                simple.nonAdditiveDimension(), metric.filters(), simple.joinToTimespine().orElse(false),
                simple.fillNullsWith());
    }

    /** A legacy measure by name (cumulative and conversion metrics may name measures directly). */
    MeasureSpec measure(String name, Metric owner, List<String> filters, boolean joinToTimespine,
                        Optional<String> fillNulls) throws QueryCompileException {
        SemanticModel model = project.modelOfMeasure(name)
                .orElseThrow(() -> problem(owner, "refers to measure '" + name + "', which no semantic model defines"));
        Measure measure = model.measure(name).orElseThrow();
        Aggregation agg = measure.aggregation()
                .orElseThrow(() -> problem(owner, "uses measure '" + name + "' with unknown agg '" + measure.agg() + "'"));
        Dimension time = aggTime(model, measure.aggTimeDimension().or(model::aggTimeDimension), name);
        return new MeasureSpec(name, model, agg, measure.expr().orElse(name), measure.aggParams(), time,
                measure.nonAdditiveDimension(), filters, joinToTimespine, fillNulls);
    }

    private Dimension aggTime(SemanticModel model, Optional<String> name, String of) throws QueryCompileException {
        if (name.isEmpty()) {
            throw new QueryCompileException(QueryProblem.of("metrics", "'" + of + "' has no agg_time_dimension and "
                    + "semantic model '" + model.name() + "' sets no defaults.agg_time_dimension"));
        }
        return model.dimension(name.get()).orElseThrow(() -> new QueryCompileException(QueryProblem.of("metrics",
                "The agg_time_dimension '" + name.get() + "' of '" + of + "' is not a dimension of semantic model '"
                        + model.name() + "'")));
    }

    static QueryCompileException problem(Metric metric, String what) {
        return new QueryCompileException(QueryProblem.of("metrics", "Metric '" + metric.name() + "' " + what));
    }
}
