package dev.steward.model.diff.semantic;

import dev.steward.model.diff.ChangeCollector;
import dev.steward.model.diff.ChangeCollector.Element;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.ElementMatcher;
import dev.steward.model.diff.FieldRule;
import dev.steward.model.diff.YamlValueText;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One base/head comparison in progress: where values are in each revision, the semantic models of
 * each (to resolve measures), and the changes so far.
 */
record Comparison(ChangeCollector out, ValueLocator base, ValueLocator head, List<SemanticModel> baseModels,
                  List<SemanticModel> headModels) {

    /** Keys that document or configure an element without changing what it computes. */
    private static final Set<String> METADATA_KEYS = Set.of("meta", "config", "tags", "docs", "group", "access");

    /** Compares each field of an element present in both revisions. */
    <T> void fields(Element owner, T before, T after, SourceRange beforeRange, SourceRange afterRange,
                    List<FieldRule<T>> fields) {
        out.fields(owner, before, after, fields, key -> base.value(beforeRange, key), key -> head.value(afterRange, key));
    }

    /**
     * Matches the children of one element by {@code key} and walks them in head order: a removed
     * child is {@code <kind>-removed} with {@code removal} severity, an added one
     * {@code <kind>-added} (information), a kept one goes to {@code kept}.
     *
     * @param kind    the rule prefix of a child, e.g. {@code measure}
     * @param element the element a child is, in its parent as it is in head
     */
    <T> void children(List<T> before, List<T> after, Function<T, String> key, Function<T, String> kind,
                      Function<T, Element> element, Function<T, SourceRange> range, ChangeSeverity removal,
                      BiConsumer<T, T> kept) {
        ElementMatcher.match(before, after, new ElementMatcher.Visitor<>() {
            @Override
            public void removed(T b) {
                out.removed(element.apply(b), removal, kind.apply(b) + "-removed", Optional.of(range.apply(b)));
            }

            @Override
            public void added(T h) {
                out.added(element.apply(h), ChangeSeverity.INFO, kind.apply(h) + "-added", Optional.of(range.apply(h)));
            }

            @Override
            public void kept(T b, T h) {
                kept.accept(b, h);
            }
        }, key);
    }

    /**
     * Compares the keys the readers do not interpret. {@code meta}, {@code config} and the like are
     * information, except {@code config.enabled} turning false, which takes the element out of the
     * semantic layer; any other key is a warning, since Steward cannot tell what it means.
     */
    void extensions(Element owner, Map<String, YamlNode> before, Map<String, YamlNode> after,
                    SourceRange beforeRange, SourceRange afterRange) {
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        for (String key : keys) {
            Optional<YamlNode> b = Optional.ofNullable(before.get(key)).filter(n -> !n.isNull()); // null is unset
            Optional<YamlNode> a = Optional.ofNullable(after.get(key)).filter(n -> !n.isNull());
            Optional<SourceRange> bRange = Optional.of(b.map(YamlNode::range).orElse(beforeRange));
            Optional<SourceRange> aRange = Optional.of(a.map(YamlNode::range).orElse(afterRange));
            if (key.equals("config") && enabled(b) && !enabled(a)) {
                out.value(owner, "config.enabled", "element-disabled",
                        ChangeCollector.Judge.always(ChangeSeverity.BREAKING), Optional.of("true"),
                        Optional.of("false"), bRange, aRange);
                continue;
            }
            boolean metadata = METADATA_KEYS.contains(key);
            out.value(owner, key, metadata ? "metadata-changed" : "unknown-field-changed",
                    ChangeCollector.Judge.always(metadata ? ChangeSeverity.INFO : ChangeSeverity.WARNING),
                    b.map(YamlValueText::of), a.map(YamlValueText::of), bRange, aRange);
        }
    }

    private static boolean enabled(Optional<YamlNode> config) {
        return !(config.orElse(null) instanceof YamlMapping m
                && m.get("enabled").orElse(null) instanceof YamlScalar s && s.isBoolean() && !s.asBoolean());
    }
}
