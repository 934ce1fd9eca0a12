package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.odcs.model.OrderedMaps;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.Map;

/** The {@code quality} or {@code schema} block before DCS 1.1: a type and an opaque specification. */
public record DcsSpecification(String type, YamlNode specification, Map<String, YamlNode> extensions,
        SourceRange range) {

    public DcsSpecification {
        extensions = OrderedMaps.copyOf(extensions);
    }
}
