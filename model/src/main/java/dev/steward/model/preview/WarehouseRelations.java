package dev.steward.model.preview;

import dev.steward.model.query.RelationResolver;
import dev.steward.model.semantic.NodeRelation;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.SemanticProject;
import dev.steward.model.semantic.TimeSpine;
import java.util.Optional;

/**
 * Semantic models resolved to the tables dbt builds in a warehouse: a {@code node_relation} as
 * {@code schema.alias} (or its {@code relation_name}), else the {@code ref()} model name unqualified (the
 * connection's search path finds it). The time spine is the project's daily spine model, else dbt's
 * legacy {@code metricflow_time_spine} with column {@code date_day}.
 */
public final class WarehouseRelations implements RelationResolver {
    public static final String LEGACY_SPINE = "metricflow_time_spine";
    public static final String LEGACY_SPINE_COLUMN = "date_day";

    private final SemanticProject project;

    public WarehouseRelations(SemanticProject project) {
        this.project = project;
    }

    @Override
    public Optional<String> relation(SemanticModel model) {
        return model.nodeRelation().flatMap(WarehouseRelations::qualified).or(model::model);
    }

    private static Optional<String> qualified(NodeRelation r) {
        return r.relationName().or(() -> r.alias().map(a -> r.schemaName().map(s -> s + "." + a).orElse(a)));
    }

    @Override
    public TimeSpineRelation timeSpine() {
        return dailySpine(project).map(t -> new TimeSpineRelation(
                        t.nodeRelation().flatMap(WarehouseRelations::qualified).or(t::model).orElse(LEGACY_SPINE),
                        t.primaryColumn().orElse(LEGACY_SPINE_COLUMN)))
                .orElse(new TimeSpineRelation(LEGACY_SPINE, LEGACY_SPINE_COLUMN));
    }

    /** The project's time spine at day grain (or without a declared grain), if any. */
    static Optional<TimeSpine> dailySpine(SemanticProject project) {
        return project.timeSpines().stream()
                .filter(t -> t.granularity().map("day"::equalsIgnoreCase).orElse(true))
                .findFirst();
    }

    @Override
    public String toString() {
        return "warehouse tables of " + project.root();
    }
}
