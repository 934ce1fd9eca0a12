package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Measure;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricParams;
import dev.steward.model.semantic.SemanticDocument;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.SemanticProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The project the rules read, plus what they share: the file each element came from (by identity,
 * since equal records may sit in different files) and the aggregations of both specs.
 */
final class SemanticIndex {
    private final SemanticProject project;
    private final Map<Object, Path> paths = new IdentityHashMap<>();
    private final List<Aggregated> aggregations = new ArrayList<>();

    SemanticIndex(SemanticProject project) {
        this.project = project;
        for (SemanticDocument d : project.documents()) {
            d.semanticModels().forEach(m -> paths.put(m, d.path()));
            d.metrics().forEach(m -> paths.put(m, d.path()));
            d.savedQueries().forEach(q -> paths.put(q, d.path()));
            d.timeSpines().forEach(t -> paths.put(t, d.path()));
        }
        for (SemanticModel model : project.semanticModels()) {
            for (Measure m : model.measures()) {
                aggregations.add(new Aggregated("Measure", m.name(), m.agg(), m.expr(), m.aggParams(),
                        m.aggTimeDimension(), m.nonAdditiveDimension(), Optional.of(model), model, m.range()));
            }
        }
        for (Metric metric : project.metrics()) {
            if (metric.params() instanceof MetricParams.Simple s && s.agg().isPresent()) {
                aggregations.add(new Aggregated("Metric", metric.name(), s.agg().get(), s.expr(), s.aggParams(),
                        s.aggTimeDimension(), s.nonAdditiveDimension(), owningModel(metric), metric, metric.range()));
            }
        }
    }

    SemanticProject project() {
        return project;
    }

    /** The file that defines {@code element}; the first document's file when unknown. */
    Path pathOf(Object element) {
        Path p = paths.get(element);
        if (p != null) {
            return p;
        }
        return project.documents().isEmpty() ? project.root() : project.documents().getFirst().path();
    }

    /** Measures and latest-spec simple metrics with an {@code agg}. */
    List<Aggregated> aggregations() {
        return aggregations;
    }

    /** The semantic model a latest-spec metric is declared under (by its dbt model). */
    Optional<SemanticModel> owningModel(Metric metric) {
        return project.owningModel(metric);
    }

    /** A measure by name, or a latest-spec simple metric that stands in for one. */
    boolean measureExists(String name) {
        return project.measure(name).isPresent();
    }

    /** The aggregation behind a measure name. */
    Optional<Aggregated> aggregationOfMeasure(String name) {
        return aggregations.stream().filter(a -> a.kind().equals("Measure") && a.name().equals(name)).findFirst();
    }

    /**
     * The aggregation behind a simple metric: its own {@code agg} (latest spec) or its measure's;
     * empty for other metric types and unknown names.
     */
    Optional<Aggregated> aggregationOfMetric(String name) {
        Optional<Metric> metric = project.metric(name);
        if (metric.isEmpty() && project.measure(name).filter(Measure::createMetric).isPresent()) {
            return aggregationOfMeasure(name);
        }
        if (metric.isEmpty() || !(metric.get().params() instanceof MetricParams.Simple s)) {
            return Optional.empty();
        }
        if (s.agg().isPresent()) {
            return aggregations.stream().filter(a -> a.owner() == metric.get()).findFirst();
        }
        return s.measure().flatMap(m -> aggregationOfMeasure(m.name()));
    }

    /** Custom granularity names of the time spines, lower-cased. */
    Set<String> customGrains() {
        return project.timeSpines().stream().flatMap(t -> t.customGranularities().stream())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** A metric, or a measure with {@code create_metric: true} (DSI makes a metric of it). */
    boolean metricExists(String name) {
        return project.metric(name).isPresent()
                || project.measure(name).filter(m -> m.createMetric()).isPresent();
    }
}
