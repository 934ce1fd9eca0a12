package dev.steward.model.semantic.lint;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the YAML mapping an element was read from, by the start offset the element's range keeps. */
final class NodeLocator {
    private final Map<Integer, YamlMapping> byStart = new HashMap<>();

    NodeLocator(List<YamlNode> roots) {
        roots.forEach(this::add);
    }

    private void add(YamlNode node) {
        switch (node) {
            case YamlMapping m -> {
                byStart.putIfAbsent(m.range().startOffset(), m);
                m.entries().forEach(e -> add(e.value()));
            }
            case YamlSequence s -> s.items().forEach(this::add);
            case YamlScalar s -> {
            }
        }
    }

    Optional<YamlMapping> mappingAt(int startOffset) {
        return Optional.ofNullable(byStart.get(startOffset));
    }

    /** The scalar under {@code key} of the mapping starting at {@code startOffset}. */
    Optional<YamlScalar> scalar(int startOffset, String key) {
        return mappingAt(startOffset).flatMap(m -> m.get(key)).filter(YamlScalar.class::isInstance)
                .map(YamlScalar.class::cast).filter(s -> !s.isNull());
    }
}
