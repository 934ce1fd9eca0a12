package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.SemanticModel;
import java.util.HashMap;
import java.util.Map;

/**
 * DSI PrimaryEntityDimensionPairs: two models with the same primary entity may not both define a
 * dimension of the same name, since {@code entity__dimension} would then name two columns.
 */
final class PrimaryEntityDimensionPairsRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-primary-entity-dimension";
    }

    @Override
    public String checking() {
        return "that entity-qualified dimension names are unambiguous";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        Map<String, SemanticModel> first = new HashMap<>();
        for (SemanticModel m : index.project().semanticModels()) {
            if (m.primaryEntityName().isEmpty()) {
                continue;
            }
            String entity = m.primaryEntityName().get();
            for (Dimension d : m.dimensions()) {
                SemanticModel earlier = first.putIfAbsent(entity + "__" + d.name(), m);
                if (earlier != null && earlier != m) {
                    findings.error(m, d.range(), "Semantic models '" + earlier.name() + "' and '" + m.name()
                            + "' share the primary entity '" + entity + "' and both define dimension '" + d.name()
                            + "', so '" + entity + "__" + d.name() + "' is ambiguous; rename one of the dimensions.");
                }
            }
        }
    }
}
