package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.NonAdditiveDimension;
import dev.steward.model.semantic.SemanticModel;
import java.util.Locale;
import java.util.Set;

/**
 * DSI MeasuresNonAdditiveDimensionRule (and its simple-metric twin): the non-additive dimension is a time dimension of the
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
        for (Aggregated a : index.aggregations()) {
            if (a.model().isPresent() && a.nonAdditiveDimension().isPresent()) {
                check(findings, a.owner(), a.model().get(), a.kind() + " '" + a.name() + "'", a.nonAdditiveDimension().get());
            }
        }
    }

    private static void check(Findings findings, Object owner, SemanticModel m, String what, NonAdditiveDimension n) {
        var dim = m.dimension(n.name());
        if (dim.isEmpty()) {
            findings.error(owner, n.range(), what + " has non_additive_dimension '" + n.name() + "', which is not a dimension"
                    + " of semantic model '" + m.name() + "'; name one of its time dimensions.");
        } else if (dim.get().dimensionType().orElse(null) != Dimension.Type.TIME) {
            findings.error(owner, n.range(), what + " has non_additive_dimension '" + n.name()
                    + "', which is not a time dimension; name one of the model's time dimensions.");
        }
        n.windowChoice().filter(c -> !Set.of("min", "max").contains(c.toLowerCase(Locale.ROOT))).ifPresent(c ->
                findings.error(owner, n.range(), what + " has window_choice '" + c + "'; allowed: min, max."));
        for (String g : n.windowGroupings()) {
            if (m.entity(g).isEmpty()) {
                findings.error(owner, n.range(), what + " groups its non-additive dimension by '" + g
                        + "', which is not an entity of semantic model '" + m.name() + "'.");
            }
        }
    }
}
