package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.SemanticModel;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** DSI DimensionConsistencyRule: same-named dimensions agree on {@code type} and {@code is_partition}. */
final class DimensionConsistencyRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-dimension-consistency";
    }

    @Override
    public String checking() {
        return "that same-named dimensions agree";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        record First(SemanticModel model, Dimension dimension) {
        }
        Map<String, First> first = new HashMap<>();
        for (SemanticModel m : index.project().semanticModels()) {
            for (Dimension d : m.dimensions()) {
                First f = first.putIfAbsent(d.name(), new First(m, d));
                if (f == null || f.model() == m) {
                    continue;
                }
                String type = d.type().toLowerCase(Locale.ROOT);
                String firstType = f.dimension().type().toLowerCase(Locale.ROOT);
                if (!type.equals(firstType)) {
                    findings.error(m, d.range(), "Dimension '" + d.name() + "' is " + type + " here but " + firstType
                            + " in semantic model '" + f.model().name() + "'; same-named dimensions have the same type.");
                } else if (d.isPartition() != f.dimension().isPartition()) {
                    findings.error(m, d.range(), "Dimension '" + d.name() + "' has is_partition: " + d.isPartition()
                            + " here but " + f.dimension().isPartition() + " in semantic model '" + f.model().name()
                            + "'; same-named dimensions agree on is_partition.");
                }
            }
        }
    }
}
