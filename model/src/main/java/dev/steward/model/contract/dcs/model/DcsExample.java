package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.odcs.model.OrderedMaps;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.Map;

/** An example (before DCS 1.1): {@code data} is text or a list, kept as its node. */
public record DcsExample(String type, String description, String model, YamlNode data,
        Map<String, YamlNode> extensions, SourceRange range) {

    public DcsExample {
        extensions = OrderedMaps.copyOf(extensions);
    }
}
