package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.SemanticModel;
import java.util.Optional;

/**
 * DSI SemanticModelDefaultsRule and AggregationTimeDimensionRule: the default and each measure's
 * own {@code agg_time_dimension} name a time dimension of the model, and every measure has one.
 * A wrong default is reported once, at the default, not again at every measure that inherits it.
 */
final class AggTimeDimensionRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-agg-time-dimension";
    }

    @Override
    public String checking() {
        return "aggregation time dimensions";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        for (SemanticModel m : index.project().semanticModels()) {
            m.aggTimeDimension().filter(d -> !isTimeDimension(m, d)).ifPresent(d -> findings.error(m, m.range(),
                    "The default agg_time_dimension '" + d + "' of semantic model '" + m.name() + "' is not a time"
                            + " dimension of that model; " + allowed(m)));
        }
        for (Aggregated a : index.aggregations()) {
            if (a.model().isEmpty()) {
                continue;
            }
            SemanticModel m = a.model().get();
            Optional<String> own = a.aggTimeDimension();
            if (own.isPresent()) {
                if (!isTimeDimension(m, own.get())) {
                    findings.error(a.owner(), a.range(), a.kind() + " '" + a.name() + "' has agg_time_dimension '"
                            + own.get() + "', which is not a time dimension of semantic model '" + m.name() + "'; "
                            + allowed(m));
                }
            } else if (m.aggTimeDimension().isEmpty()) {
                findings.error(a.owner(), a.range(), a.kind() + " '" + a.name() + "' has no aggregation time dimension:"
                        + " set 'agg_time_dimension' on it or 'defaults.agg_time_dimension' on semantic model '"
                        + m.name() + "'; " + allowed(m));
            }
        }
    }

    private static boolean isTimeDimension(SemanticModel m, String name) {
        return m.dimension(name).flatMap(Dimension::dimensionType).orElse(null) == Dimension.Type.TIME;
    }

    private static String allowed(SemanticModel m) {
        var names = m.dimensions().stream().filter(d -> d.dimensionType().orElse(null) == Dimension.Type.TIME)
                .map(Dimension::name).toList();
        return names.isEmpty() ? "the model has no time dimension yet." : "time dimensions: " + String.join(", ", names) + ".";
    }
}
