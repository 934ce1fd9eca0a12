package dev.steward.model.diff.semantic;

import dev.steward.model.semantic.Measure;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricInput;
import dev.steward.model.semantic.MetricParams;
import dev.steward.model.semantic.SemanticModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a simple metric aggregates, whichever way it is written: through a legacy {@code measure}
 * (resolved in the same file) or with its own latest-spec {@code agg} and {@code expr} on the model
 * it is declared under. Comparing these, a metric moved from a measure to its own {@code agg} (what
 * {@code dbt-autofix} does to migrate a project) is no change when it computes the same thing.
 *
 * @param source   the dbt model read (the semantic model's {@code ref()}, else its name)
 * @param input    the measure input's filter, alias and offsets, without its name
 */
record Aggregate(Optional<String> source, Optional<String> agg, Optional<String> expr, Optional<String> aggParams,
                 Optional<String> aggTimeDimension, Optional<String> nonAdditiveDimension,
                 Optional<String> joinToTimespine, Optional<String> fillNullsWith, Optional<String> input) {

    /** The aggregate of a simple metric, when it can be resolved in {@code models}. */
    static Optional<Aggregate> of(Metric metric, List<SemanticModel> models) {
        if (!(metric.params() instanceof MetricParams.Simple s)) {
            return Optional.empty();
        }
        if (s.agg().isPresent()) {
            Optional<SemanticModel> owner = metric.owningModel().flatMap(name -> models.stream()
                    .filter(m -> m.model().filter(name::equals).isPresent() || m.name().equals(name)).findFirst());
            return Optional.of(new Aggregate(metric.owningModel(), s.agg(),
                    ValueText.text(Optional.of(s.expr().orElse(metric.name()))), ValueText.aggParams(s.aggParams()),
                    s.aggTimeDimension().or(() -> owner.flatMap(SemanticModel::aggTimeDimension)),
                    ValueText.nonAdditive(s.nonAdditiveDimension()), s.joinToTimespine().map(String::valueOf),
                    s.fillNullsWith(), Optional.empty()));
        }
        return s.measure().flatMap(in -> models.stream().flatMap(m -> m.measure(in.name())
                .map(x -> Map.entry(m, x)).stream()).findFirst().map(found -> measured(in, found.getKey(), found.getValue())));
    }

    private static Aggregate measured(MetricInput in, SemanticModel model, Measure measure) {
        return new Aggregate(Optional.of(model.model().orElse(model.name())), Optional.of(measure.agg()),
                ValueText.text(Optional.of(measure.expr().orElse(measure.name()))), ValueText.aggParams(measure.aggParams()),
                measure.aggTimeDimension().or(model::aggTimeDimension), ValueText.nonAdditive(measure.nonAdditiveDimension()),
                in.joinToTimespine().map(String::valueOf), in.fillNullsWith(),
                ValueText.options(in, true).map(o -> "{" + o + "}"));
    }
}
