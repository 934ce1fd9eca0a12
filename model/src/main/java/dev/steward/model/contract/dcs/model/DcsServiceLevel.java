package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.odcs.model.OrderedMaps;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.Map;

/**
 * One service level (availability, retention, latency, freshness, frequency, support, backup),
 * named by its key; its fields other than {@code description} are kept as scalar text.
 */
public record DcsServiceLevel(String name, String description, Map<String, String> properties,
        Map<String, YamlNode> extensions, SourceRange range) {

    public DcsServiceLevel {
        properties = OrderedMaps.copyOf(properties);
        extensions = OrderedMaps.copyOf(extensions);
    }

    public String key() {
        return name;
    }
}
