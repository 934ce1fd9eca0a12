package dev.steward.model.query;

import dev.steward.model.semantic.Aggregation;
import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.Measure;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricInput;
import dev.steward.model.semantic.MetricParams;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.SemanticProject;
import dev.steward.model.semantic.filter.TimeGranularity;
import dev.steward.model.text.ClosestMatch;
import dev.steward.model.yaml.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        Optional<Metric> metric = project.metric(name).or(() -> createdMetric(name));
        if (metric.isPresent()) {
            return metric.get();
        }
        List<String> names = new ArrayList<>(project.metrics().stream().map(Metric::name).toList());
        project.semanticModels().stream().flatMap(m -> m.measures().stream()).filter(Measure::createMetric)
                .forEach(m -> names.add(m.name()));
        String hint = ClosestMatch.closest(name, names).map(n -> " Did you mean '" + n + "'?")
                .orElse(names.isEmpty() ? " The project defines no metrics."
                        : " Known metrics: " + String.join(", ", names.subList(0, Math.min(8, names.size())))
                        + (names.size() > 8 ? ", ..." : "") + ".");
        throw new QueryCompileException(QueryProblem.of(input, "Unknown metric '" + name + "'." + hint));
    }

    /**
     * The grain {@code metric_time} defaults to for {@code metric}: its {@code time_granularity}, else the
     * coarsest grain of the agg time dimensions it aggregates over (day when unknown); the
     * {@code time_granularity} of its input metrics does not count, as in MetricFlow.
     */
    TimeGranularity defaultGrain(Metric metric) {
        return defaultGrain(metric, 0);
    }

    private TimeGranularity defaultGrain(Metric metric, int depth) {
        Optional<TimeGranularity> own = depth > 0 ? Optional.empty()
                : metric.timeGranularity().flatMap(TimeGranularity::parse);
        if (own.isPresent() || depth > 20) {
            return own.orElse(TimeGranularity.DAY);
        }
        List<String> measureNames = new ArrayList<>();
        List<String> metricNames = new ArrayList<>();
        switch (metric.params()) {
            case MetricParams.Simple s -> {
                try {
                    TimeGranularity g = simple(metric).aggTime().timeGranularity().flatMap(TimeGranularity::parse)
                            .orElse(TimeGranularity.DAY);
                    return g.compareTo(TimeGranularity.DAY) < 0 ? TimeGranularity.DAY : g;
                } catch (QueryCompileException e) {
                    return TimeGranularity.DAY;
                }
            }
            case MetricParams.Ratio r -> {
                r.numerator().ifPresent(i -> metricNames.add(i.name()));
                r.denominator().ifPresent(i -> metricNames.add(i.name()));
            }
            case MetricParams.Derived d -> d.inputs().forEach(i -> metricNames.add(i.name()));
            case MetricParams.Cumulative c -> {
                c.measure().ifPresent(i -> measureNames.add(i.name()));
                c.metric().ifPresent(i -> metricNames.add(i.name()));
            }
            case MetricParams.Conversion c -> c.baseMeasure().ifPresent(i -> measureNames.add(i.name()));
            case MetricParams.Unknown u -> {
            }
        }
        TimeGranularity grain = TimeGranularity.DAY;
        for (String m : measureNames) {
            TimeGranularity g = project.modelOfMeasure(m).flatMap(model -> model.measure(m)
                    .flatMap(x -> x.aggTimeDimension().or(model::aggTimeDimension)).flatMap(model::dimension))
                    .flatMap(Dimension::timeGranularity).flatMap(TimeGranularity::parse).orElse(TimeGranularity.DAY);
            grain = g.compareTo(grain) > 0 ? g : grain;
        }
        for (String m : metricNames) {
            Optional<Metric> input = project.metric(m).or(() -> createdMetric(m));
            if (input.isPresent()) {
                TimeGranularity g = defaultGrain(input.get(), depth + 1);
                grain = g.compareTo(grain) > 0 ? g : grain;
            }
        }
        return grain;
    }

    /** The semantic model of the first measure {@code metric} aggregates, following its inputs. */
    Optional<SemanticModel> firstMeasureModel(Metric metric) {
        return firstMeasureModel(metric, 0);
    }

    private Optional<SemanticModel> firstMeasureModel(Metric metric, int depth) {
        if (depth > 20) {
            return Optional.empty();
        }
        Optional<MetricInput> measure = Optional.empty();
        Optional<MetricInput> input = Optional.empty();
        switch (metric.params()) {
            case MetricParams.Simple s -> {
                try {
                    return Optional.of(simple(metric).model());
                } catch (QueryCompileException e) {
                    return Optional.empty();
                }
            }
            case MetricParams.Ratio r -> input = r.numerator();
            case MetricParams.Derived d -> input = d.inputs().stream().findFirst();
            case MetricParams.Cumulative c -> {
                measure = c.measure();
                input = c.metric();
            }
            case MetricParams.Conversion c -> {
                measure = c.baseMeasure();
                input = c.baseMetric();
            }
            case MetricParams.Unknown u -> {
            }
        }
        if (measure.isPresent()) {
            return project.modelOfMeasure(measure.get().name());
        }
        return input.flatMap(i -> project.metric(i.name()).or(() -> createdMetric(i.name())))
                .flatMap(m -> firstMeasureModel(m, depth + 1));
    }

    /** The simple metric MetricFlow creates for a measure with {@code create_metric: true}. */
    private Optional<Metric> createdMetric(String name) {
        return project.measure(name).filter(Measure::createMetric).map(m -> new Metric(name, "simple", m.label(),
                m.description(), List.of(), Optional.empty(), false, new MetricParams.Simple(Optional.of(
                new MetricInput(name, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), SourceRange.START, Map.of())), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                true, Optional.empty(), m.range(), Map.of()));
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
        SemanticModel model = project.owningModel(metric).orElseThrow(() -> problem(metric, "has no measure and no semantic model to aggregate"));
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
