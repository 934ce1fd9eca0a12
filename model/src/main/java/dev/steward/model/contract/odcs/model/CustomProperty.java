package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.Map;

/** A custom property: the standard's extension point. {@code value} may be any YAML value. */
public record CustomProperty(String id, String property, YamlNode value, String description,
        Map<String, YamlNode> extensions, SourceRange range) {

    public CustomProperty {
        extensions = OrderedMaps.copyOf(extensions);
    }

    public String key() {
        return property;
    }
}
