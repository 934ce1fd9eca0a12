package dev.steward.model.query.golden;

import dev.steward.model.query.RelationResolver;
import dev.steward.model.semantic.NodeRelation;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.SemanticProject;
import dev.steward.model.semantic.TimeSpine;
import java.util.Optional;

/**
 * Relations of a MetricFlow test manifest: {@code node_relation} with {@code $source_schema} replaced by the
 * schema the snapshots were loaded into; the daily time spine from {@code project_configuration}.
 */
record GoldenRelations(SemanticProject project, String schema) implements RelationResolver {
    private static final String SOURCE_SCHEMA = "$source_schema";

    @Override
    public Optional<String> relation(SemanticModel model) {
        return model.nodeRelation().flatMap(this::qualified);
    }

    @Override
    public TimeSpineRelation timeSpine() {
        for (TimeSpine spine : project.timeSpines()) {
            boolean daily = spine.granularity().map("day"::equalsIgnoreCase).orElse(false);
            Optional<String> relation = spine.nodeRelation().flatMap(this::qualified);
            if (daily && relation.isPresent() && spine.primaryColumn().isPresent()) {
                return new TimeSpineRelation(relation.get(), spine.primaryColumn().get());
            }
        }
        return new TimeSpineRelation(schema + ".mf_time_spine", "ds");
    }

    private Optional<String> qualified(NodeRelation relation) {
        Optional<String> alias = relation.alias();
        if (alias.isEmpty()) {
            return relation.relationName().map(this::replaceSchema);
        }
        String schemaName = relation.schemaName().map(this::replaceSchema).orElse(schema);
        return Optional.of(schemaName + "." + alias.get());
    }

    private String replaceSchema(String text) {
        return text.replace(SOURCE_SCHEMA, schema);
    }
}
