package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Entity;
import dev.steward.model.semantic.SemanticModel;
import java.util.List;

/**
 * DSI PrimaryEntityRule: at most one primary entity; not both a primary entity and
 * {@code primary_entity:}; a model with dimensions needs one of the two.
 */
final class PrimaryEntityRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-primary-entity";
    }

    @Override
    public String checking() {
        return "primary entities";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        for (SemanticModel m : index.project().semanticModels()) {
            List<Entity> primaries = m.entities().stream()
                    .filter(e -> e.entityType().orElse(null) == Entity.Type.PRIMARY).toList();
            for (Entity extra : primaries.subList(Math.min(1, primaries.size()), primaries.size())) {
                findings.error(m, extra.range(), "Semantic model '" + m.name() + "' has more than one primary entity ('"
                        + primaries.getFirst().name() + "', '" + extra.name() + "'); a model has at most one.");
            }
            if (!primaries.isEmpty() && m.primaryEntity().isPresent()) {
                findings.error(m, primaries.getFirst().range(), "Semantic model '" + m.name() + "' has both a primary entity '"
                        + primaries.getFirst().name() + "' and 'primary_entity: " + m.primaryEntity().get()
                        + "'; keep one of the two.");
            }
            if (primaries.isEmpty() && m.primaryEntity().isEmpty() && !m.dimensions().isEmpty()) {
                findings.error(m, m.range(), "Semantic model '" + m.name() + "' has dimensions but no primary entity;"
                        + " add an entity with 'type: primary' or set 'primary_entity'.");
            }
        }
    }
}
