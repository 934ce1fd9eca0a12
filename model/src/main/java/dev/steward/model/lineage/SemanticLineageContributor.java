package dev.steward.model.lineage;

import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricInput;
import dev.steward.model.semantic.MetricParams;
import dev.steward.model.semantic.NodeRelation;
import dev.steward.model.semantic.SavedQuery;
import dev.steward.model.semantic.SemanticDocument;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.SemanticProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Adds the semantic layer of a workspace ({@link SemanticProject}): a semantic model depends on
 * the dbt model of its {@code ref()} (or the table of its {@code node_relation}); a metric on the
 * semantic models of its measures (or, for a latest-spec metric with {@code agg}, the model it is
 * declared under) and on its input metrics; a saved query on its metrics. Elements the manifest
 * already defines are left to it (the manifest's {@code unique_id} wins); unresolved names are
 * skipped (the semantic validator reports them). Run it after the manifest.
 */
public final class SemanticLineageContributor implements LineageContributor {

    private final SemanticProject project;

    public SemanticLineageContributor(SemanticProject project) {
        this.project = project;
    }

    @Override
    public void contribute(LineageGraphBuilder builder) {
        Map<Object, Path> files = new IdentityHashMap<>(); // records with equal content may come from two files
        for (SemanticDocument d : project.documents()) {
            Path file = project.root() == null ? d.path() : project.root().resolve(d.path());
            d.semanticModels().forEach(m -> files.put(m, file));
            d.metrics().forEach(m -> files.put(m, file));
            d.savedQueries().forEach(q -> files.put(q, file));
        }
        List<SemanticModel> newModels = new ArrayList<>();
        for (SemanticModel m : project.semanticModels()) {
            if (add(NodeKind.SEMANTIC_MODEL, m.name(), files.get(m), builder)) {
                newModels.add(m);
            }
        }
        List<Metric> newMetrics = project.metrics().stream()
                .filter(m -> add(NodeKind.METRIC, m.name(), files.get(m), builder)).toList();
        List<SavedQuery> newQueries = project.savedQueries().stream()
                .filter(q -> add(NodeKind.SAVED_QUERY, q.name(), files.get(q), builder)).toList();

        for (SemanticModel m : newModels) {
            String id = LineageIds.semantic(NodeKind.SEMANTIC_MODEL, m.name());
            m.model().map(ref -> dbtModel(ref, builder)).ifPresent(parent -> builder.addEdge(parent, id, EdgeKind.DEPENDS_ON));
            if (m.model().isEmpty()) {
                m.nodeRelation().flatMap(r -> relation(r, builder)).ifPresent(parent -> builder.addEdge(parent, id, EdgeKind.DEPENDS_ON));
            }
        }
        for (Metric metric : newMetrics) {
            String id = LineageIds.semantic(NodeKind.METRIC, metric.name());
            parents(metric, builder).forEach(parent -> builder.addEdge(parent, id, EdgeKind.DEPENDS_ON));
        }
        for (SavedQuery q : newQueries) {
            String id = LineageIds.semantic(NodeKind.SAVED_QUERY, q.name());
            for (String metric : q.metrics()) {
                builder.resolveFirst(LineageAlias.semantic(NodeKind.METRIC, metric))
                        .ifPresent(parent -> builder.addEdge(parent, id, EdgeKind.DEPENDS_ON));
            }
        }
    }

    /** Adds the node unless the manifest (or an earlier file) defines it; true when added. */
    private static boolean add(NodeKind kind, String name, Path file, LineageGraphBuilder builder) {
        String alias = LineageAlias.semantic(kind, name);
        if (!builder.resolve(alias).isEmpty()) {
            return false;
        }
        String id = LineageIds.semantic(kind, name);
        builder.addNode(new LineageNode(id, kind, name, Optional.ofNullable(file)));
        builder.alias(alias, id);
        return true;
    }

    /**
     * What {@code ref(name)} reads, in the order the semantic validator resolves it: the one contract schema
     * object of that name (so a contract change reaches the metrics), else the dbt model, else a model node.
     */
    private static String dbtModel(String ref, LineageGraphBuilder builder) {
        List<String> objects = builder.resolve(LineageAlias.table(ref)).stream()
                .filter(id -> id.startsWith(LineageIds.CONTRACT_PREFIX)).distinct().toList();
        if (objects.size() == 1) {
            return objects.getFirst();
        }
        return builder.resolveFirst(LineageAlias.ref(ref)).orElseGet(() -> {
            String id = LineageIds.semantic(NodeKind.MODEL, ref);
            builder.addNode(new LineageNode(id, NodeKind.MODEL, ref));
            builder.alias(LineageAlias.ref(ref), id);
            return id;
        });
    }

    private static Optional<String> relation(NodeRelation r, LineageGraphBuilder builder) {
        Optional<String> qualified = r.relationName().or(() -> r.alias().map(a -> r.schemaName().map(s -> s + "." + a).orElse(a)));
        return qualified.map(name -> builder.resolveFirst(LineageAlias.relation(name), LineageAlias.table(name))
                .orElseGet(() -> {
                    String id = LineageIds.dataset(name);
                    builder.addNode(new LineageNode(id, NodeKind.DATASET, name));
                    return id;
                }));
    }

    private List<String> parents(Metric metric, LineageGraphBuilder builder) {
        List<String> out = new ArrayList<>();
        Stream<Optional<MetricInput>> measures = Stream.empty();
        Stream<Optional<MetricInput>> metrics = Stream.empty();
        switch (metric.params()) {
            case MetricParams.Simple s -> {
                measures = Stream.of(s.measure());
                if (s.agg().isPresent()) {
                    owningModel(metric, builder).ifPresent(out::add);
                }
            }
            case MetricParams.Ratio r -> metrics = Stream.of(r.numerator(), r.denominator());
            case MetricParams.Derived d -> metrics = d.inputs().stream().map(Optional::of);
            case MetricParams.Cumulative c -> {
                measures = Stream.of(c.measure());
                metrics = Stream.of(c.metric());
            }
            case MetricParams.Conversion c -> {
                measures = Stream.of(c.baseMeasure(), c.conversionMeasure());
                metrics = Stream.of(c.baseMetric(), c.conversionMetric());
            }
            case MetricParams.Unknown u -> {
                // nothing to read
            }
        }
        measures.flatMap(Optional::stream).forEach(input -> project.modelOfMeasure(input.name())
                .flatMap(m -> builder.resolveFirst(LineageAlias.semantic(NodeKind.SEMANTIC_MODEL, m.name())))
                .ifPresent(out::add));
        metrics.flatMap(Optional::stream).forEach(input ->
                builder.resolveFirst(LineageAlias.semantic(NodeKind.METRIC, input.name())).ifPresent(out::add));
        return out;
    }

    /** The semantic model a latest-spec metric is declared under (by its dbt model or its own name). */
    private Optional<String> owningModel(Metric metric, LineageGraphBuilder builder) {
        return project.owningModel(metric).flatMap(m -> builder.resolveFirst(LineageAlias.semantic(NodeKind.SEMANTIC_MODEL, m.name())));
    }
}
