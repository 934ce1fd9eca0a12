package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.Measure;
import dev.steward.model.semantic.NonAdditiveDimension;
import dev.steward.model.semantic.SemanticModel;
import java.util.Locale;
import java.util.Set;

/**
 * DSI MeasuresNonAdditiveDimensionRule: the non-additive dimension is a time dimension of the
 * measure's model, {@code window_choice} is min or max, and the groupings are entities of the model.
 */
final class NonAdditiveDimensionRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-non-additive-dimension";
    }

    @Override
    public String checking() {
        return "non-additive dimensions";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        for (SemanticModel m : index.project().semanticModels()) {
            for (Measure x : m.measures()) {
                x.nonAdditiveDimension().ifPresent(n -> check(findings, m, x, n));
            }
        }
    }

    private static void check(Findings findings, SemanticModel m, Measure x, NonAdditiveDimension n) {
        String what = "Measure '" + x.name() + "'";
        var dim = m.dimension(n.name());
        if (dim.isEmpty()) {
            findings.error(m, n.range(), what + " has non_additive_dimension '" + n.name() + "', which is not a dimension"
                    + " of semantic model '" + m.name() + "'; name one of its time dimensions.");
        } else if (dim.get().dimensionType().orElse(null) != Dimension.Type.TIME) {
            findings.error(m, n.range(), what + " has non_additive_dimension '" + n.name()
                    + "', which is not a time dimension; name one of the model's time dimensions.");
        }
        n.windowChoice().filter(c -> !Set.of("min", "max").contains(c.toLowerCase(Locale.ROOT))).ifPresent(c ->
                findings.error(m, n.range(), what + " has window_choice '" + c + "'; allowed: min, max."));
        for (String g : n.windowGroupings()) {
            if (m.entity(g).isEmpty()) {
                findings.error(m, n.range(), what + " groups its non-additive dimension by '" + g
                        + "', which is not an entity of semantic model '" + m.name() + "'.");
            }
        }
    }
}
