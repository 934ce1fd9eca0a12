package dev.steward.model.diff.semantic;

import static dev.steward.model.diff.ChangeSeverity.BREAKING;
import static dev.steward.model.diff.ChangeSeverity.INFO;
import static dev.steward.model.diff.ChangeSeverity.WARNING;

import dev.steward.model.diff.ChangeCollector.Element;
import dev.steward.model.diff.FieldRule;
import dev.steward.model.diff.ChangeCollector.Judge;
import dev.steward.model.lineage.LineageIds;
import dev.steward.model.lineage.NodeKind;
import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.Entity;
import dev.steward.model.semantic.Measure;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of a semantic model and its entities, dimensions and measures. Removing any of them
 * breaks the queries that name it; so does changing what a measure aggregates, what a dimension or
 * entity reads, or an entity's kind (the join keys). Moving the model to another dbt model is a
 * warning: the meaning may be the same, but the data now comes from elsewhere.
 */
final class SemanticModelRules {

    /** Standard time grains, finest first. */
    private static final List<String> GRAINS = List.of("nanosecond", "microsecond", "millisecond", "second",
            "minute", "hour", "day", "week", "month", "quarter", "year");

    /**
     * A coarser grain drops the grains queries asked for (a daily query of a monthly dimension fails):
     * breaking. A finer one keeps every query working but changes the default grain of
     * {@code metric_time}: warning. A grain Steward does not know cannot be ordered: breaking.
     */
    static final Judge GRAIN = (before, after) -> {
        if (before.isEmpty()) {
            return WARNING;
        }
        if (after.isEmpty()) {
            return BREAKING;
        }
        int b = GRAINS.indexOf(before.get());
        int a = GRAINS.indexOf(after.get());
        return b >= 0 && a >= 0 && a < b ? WARNING : BREAKING;
    };

    private static final List<FieldRule<SemanticModel>> MODEL = List.of(
            FieldRule.of("model", "semantic-model-ref-changed", WARNING, SemanticModel::model),
            FieldRule.of("node_relation", "semantic-model-relation-changed", WARNING,
                    m -> ValueText.relation(m.nodeRelation())),
            FieldRule.of("defaults.agg_time_dimension", "semantic-model-agg-time-dimension-changed", WARNING,
                    SemanticModel::aggTimeDimension),
            FieldRule.of("primary_entity", "semantic-model-primary-entity-changed", BREAKING, SemanticModel::primaryEntity),
            FieldRule.of("label", "label-changed", INFO, SemanticModel::label),
            FieldRule.of("description", "description-changed", INFO, m -> ValueText.text(m.description())));

    private static final List<FieldRule<Entity>> ENTITY = List.of(
            FieldRule.of("type", "entity-type-changed", BREAKING, e -> Optional.of(e.type()).filter(t -> !t.isEmpty())),
            FieldRule.of("expr", "entity-expr-changed", BREAKING, e -> ValueText.text(Optional.of(e.effectiveExpr()))),
            FieldRule.of("role", "entity-role-changed", WARNING, Entity::role),
            FieldRule.of("label", "label-changed", INFO, Entity::label),
            FieldRule.of("description", "description-changed", INFO, e -> ValueText.text(e.description())));

    private static final List<FieldRule<Dimension>> DIMENSION = List.of(
            FieldRule.of("type", "dimension-type-changed", BREAKING, d -> Optional.of(d.type()).filter(t -> !t.isEmpty())),
            FieldRule.of("expr", "dimension-expr-changed", BREAKING, d -> ValueText.text(Optional.of(d.effectiveExpr()))),
            FieldRule.judged("type_params.time_granularity", "dimension-granularity-changed", GRAIN,
                    Dimension::timeGranularity),
            FieldRule.of("type_params.validity_params", "dimension-validity-changed", BREAKING,
                    d -> ValueText.validity(d.validityParams())),
            FieldRule.of("is_partition", "dimension-partition-changed", WARNING, d -> ValueText.flag(d.isPartition())),
            FieldRule.of("label", "label-changed", INFO, Dimension::label),
            FieldRule.of("description", "description-changed", INFO, d -> ValueText.text(d.description())));

    /** Turning the generated metric off removes a metric consumers may query. */
    private static final Judge CREATE_METRIC = (before, after) -> after.equals(Optional.of("true")) ? INFO : BREAKING;

    private static final List<FieldRule<Measure>> MEASURE = List.of(
            FieldRule.of("agg", "measure-agg-changed", BREAKING, m -> Optional.of(m.agg()).filter(a -> !a.isEmpty())),
            FieldRule.of("expr", "measure-expr-changed", BREAKING, m -> ValueText.text(Optional.of(m.expr().orElse(m.name())))),
            FieldRule.of("agg_time_dimension", "measure-agg-time-dimension-changed", BREAKING, Measure::aggTimeDimension),
            FieldRule.of("non_additive_dimension", "measure-non-additive-dimension-changed", BREAKING,
                    m -> ValueText.nonAdditive(m.nonAdditiveDimension())),
            FieldRule.of("agg_params", "measure-agg-params-changed", BREAKING, m -> ValueText.aggParams(m.aggParams())),
            FieldRule.judged("create_metric", "measure-create-metric-changed", CREATE_METRIC,
                    m -> ValueText.flag(m.createMetric())),
            FieldRule.of("label", "label-changed", INFO, Measure::label),
            FieldRule.of("description", "description-changed", INFO, m -> ValueText.text(m.description())));

    private SemanticModelRules() {
    }

    static Element element(SemanticModel m) {
        return new Element("semantic_models." + m.name(), "semantic model `" + m.name() + "`",
                Optional.of(LineageIds.semantic(NodeKind.SEMANTIC_MODEL, m.name())));
    }

    static void compare(Comparison c, Element owner, SemanticModel before, SemanticModel after) {
        c.fields(owner, before, after, before.range(), after.range(), MODEL);
        c.extensions(owner, before.extensions(), after.extensions(), before.range(), after.range());
        c.children(parts(before), parts(after), Part::key, Part::kind, p -> p.element(owner, after.name()), Part::range,
                BREAKING, (b, h) -> {
                    Element e = h.element(owner, after.name());
                    switch (h.value()) {
                        case Entity a -> c.fields(e, (Entity) b.value(), a, b.range(), h.range(), ENTITY);
                        case Dimension a -> c.fields(e, (Dimension) b.value(), a, b.range(), h.range(), DIMENSION);
                        case Measure a -> c.fields(e, (Measure) b.value(), a, b.range(), h.range(), MEASURE);
                        default -> throw new IllegalStateException("not a semantic model part: " + h.value());
                    }
                    c.extensions(e, b.extensions(), h.extensions(), b.range(), h.range());
                });
    }

    /** Entities, dimensions and measures in document order (the latest spec interleaves them on columns). */
    private static List<Part> parts(SemanticModel m) {
        List<Part> out = new ArrayList<>();
        m.entities().forEach(e -> out.add(new Part("entity", "entities", e.name(), e, e.range(), e.extensions())));
        m.dimensions().forEach(d -> out.add(new Part("dimension", "dimensions", d.name(), d, d.range(), d.extensions())));
        m.measures().forEach(x -> out.add(new Part("measure", "measures", x.name(), x, x.range(), x.extensions())));
        out.sort(Comparator.comparingInt(p -> p.range().startOffset()));
        return out;
    }

    /** One entity, dimension or measure: its kind word, list key, name and record. */
    private record Part(String kind, String list, String name, Object value, SourceRange range,
                        Map<String, YamlNode> extensions) {
        String key() {
            return list + "." + name;
        }

        Element element(Element model, String modelName) {
            return model.child(list + "." + name, kind + " `" + modelName + "." + name + "`");
        }
    }
}
