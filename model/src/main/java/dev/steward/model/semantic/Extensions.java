package dev.steward.model.semantic;

import dev.steward.model.yaml.YamlNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable, order-keeping copies of the unknown keys every semantic element carries. */
final class Extensions {
    private Extensions() {
    }

    static Map<String, YamlNode> freeze(Map<String, YamlNode> extensions) {
        return extensions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }
}
