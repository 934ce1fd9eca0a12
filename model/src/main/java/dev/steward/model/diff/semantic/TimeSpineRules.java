package dev.steward.model.diff.semantic;

import static dev.steward.model.diff.ChangeSeverity.BREAKING;
import static dev.steward.model.diff.ChangeSeverity.WARNING;

import dev.steward.model.diff.ChangeCollector.Element;
import dev.steward.model.diff.FieldRule;
import dev.steward.model.semantic.TimeSpine;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a time spine. Cumulative metrics, offsets and every {@code metric_time} grain are
 * computed against it: removing it, or a custom grain of it, breaks them; a coarser standard grain
 * drops the finer grains (as for a dimension). Another date column warns: the spine may well mean
 * the same. A time spine is no lineage node, so its changes carry no subject.
 */
final class TimeSpineRules {

    private static final List<FieldRule<TimeSpine>> SPINE = List.of(
            FieldRule.of("standard_granularity_column", "time-spine-column-changed", WARNING, TimeSpine::primaryColumn),
            FieldRule.judged("granularity", "time-spine-granularity-changed", SemanticModelRules.GRAIN,
                    TimeSpine::granularity),
            FieldRule.of("node_relation", "time-spine-relation-changed", WARNING, t -> ValueText.relation(t.nodeRelation())));

    private static final List<FieldRule<TimeSpine.CustomGranularity>> CUSTOM = List.of(
            FieldRule.of("column_name", "time-spine-custom-granularity-changed", WARNING,
                    TimeSpine.CustomGranularity::columnName));

    private TimeSpineRules() {
    }

    /** What a time spine is known by: its dbt model, else its table. */
    static String name(TimeSpine t) {
        return t.model().or(() -> ValueText.relation(t.nodeRelation())).orElse("");
    }

    static Element element(TimeSpine t) {
        return new Element("time_spines." + name(t), "time spine `" + name(t) + "`", Optional.empty());
    }

    static void compare(Comparison c, Element owner, TimeSpine before, TimeSpine after) {
        c.fields(owner, before, after, before.range(), after.range(), SPINE);
        c.extensions(owner, before.extensions(), after.extensions(), before.range(), after.range());
        c.children(before.customGranularities(), after.customGranularities(), TimeSpine.CustomGranularity::name,
                g -> "time-spine-custom-granularity", g -> custom(owner, after, g), TimeSpine.CustomGranularity::range,
                BREAKING, (b, h) -> c.fields(custom(owner, after, h), b, h, b.range(), h.range(), CUSTOM));
    }

    private static Element custom(Element spine, TimeSpine t, TimeSpine.CustomGranularity g) {
        return spine.child("custom_granularities." + g.name(), "custom granularity `" + name(t) + "." + g.name() + "`");
    }
}
