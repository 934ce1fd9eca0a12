package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.Entity;
import dev.steward.model.semantic.SemanticModel;
import java.util.List;

/**
 * DSI NaturalEntityConfigurationRule and SemanticModelValidityWindowRule: an SCD type-2 model has
 * exactly two validity dimensions (one start, one end), one natural entity, no primary or unique
 * entity and no measures; a natural entity appears only in such a model.
 */
final class ValidityWindowRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-validity-window";
    }

    @Override
    public String checking() {
        return "validity windows and natural entities";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        for (SemanticModel m : index.project().semanticModels()) {
            List<Dimension> validity = m.dimensions().stream().filter(d -> d.validityParams().isPresent()).toList();
            List<Entity> natural = m.entities().stream().filter(e -> is(e, Entity.Type.NATURAL)).toList();
            String what = "Semantic model '" + m.name() + "'";
            if (natural.size() > 1) {
                findings.error(m, natural.get(1).range(), what + " has more than one natural entity; keep one.");
            }
            if (validity.isEmpty()) {
                natural.forEach(e -> findings.error(m, e.range(), what + " has natural entity '" + e.name()
                        + "' but no validity window; natural entities need two time dimensions with validity_params"
                        + " (is_start and is_end)."));
                continue;
            }
            long starts = validity.stream().filter(d -> d.validityParams().get().isStart()).count();
            long ends = validity.stream().filter(d -> d.validityParams().get().isEnd()).count();
            if (validity.size() != 2 || starts != 1 || ends != 1) {
                findings.error(m, validity.getFirst().range(), what + " has " + validity.size() + " dimension(s) with"
                        + " validity_params (" + starts + " start, " + ends + " end); a validity window needs exactly two:"
                        + " one with is_start: true and one with is_end: true.");
            }
            if (natural.isEmpty()) {
                findings.error(m, m.range(), what + " has a validity window but no natural entity; add an entity with"
                        + " 'type: natural'.");
            }
            m.entities().stream().filter(e -> is(e, Entity.Type.PRIMARY) || is(e, Entity.Type.UNIQUE))
                    .forEach(e -> findings.error(m, e.range(), what + " has a validity window, so entity '" + e.name()
                            + "' may not be primary or unique; use 'primary_entity' with a natural entity."));
            if (!m.measures().isEmpty()) {
                findings.error(m, m.measures().getFirst().range(), what + " has a validity window and measures;"
                        + " an SCD type-2 model may not define measures.");
            }
        }
    }

    private static boolean is(Entity e, Entity.Type t) {
        return e.entityType().orElse(null) == t;
    }
}
