package dev.steward.model.diff.semantic;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlSequence;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where a value is written in one revision. The semantic readers keep the range of each
 * element's mapping; this finds that mapping again in the YAML tree and, within it, the nearest
 * entry of a key (breadth first through nested mappings, so {@code type_params.measure} and a
 * flattened {@code measure} are both found, and a metric's own {@code filter} before an input's).
 * When the key is not written, the element itself is the position.
 */
final class ValueLocator {

    private final Map<Integer, YamlMapping> mappingsByStart = new HashMap<>();

    ValueLocator(List<YamlNode> roots) {
        ArrayDeque<YamlNode> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            switch (todo.pop()) {
                case YamlMapping m -> {
                    mappingsByStart.putIfAbsent(m.range().startOffset(), m);
                    m.entries().forEach(e -> todo.add(e.value()));
                }
                case YamlSequence s -> todo.addAll(s.items());
                default -> {
                    // scalars hold no mappings
                }
            }
        }
    }

    /** The range of the value of {@code key} inside the element at {@code element}, else the element's range. */
    SourceRange value(SourceRange element, String key) {
        YamlMapping owner = mappingsByStart.get(element.startOffset());
        if (owner == null || owner.range().endOffset() != element.endOffset()) {
            return element;
        }
        ArrayDeque<YamlMapping> level = new ArrayDeque<>(List.of(owner));
        while (!level.isEmpty()) {
            YamlMapping m = level.poll();
            for (YamlMapping.Entry e : m.entries()) {
                if (e.name().equals(key)) {
                    return e.value().range().length() > 0 ? e.value().range() : e.key().range();
                }
                if (e.value() instanceof YamlMapping nested) {
                    level.add(nested);
                }
            }
        }
        return element;
    }
}
