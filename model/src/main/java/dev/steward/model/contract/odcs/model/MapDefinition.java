package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.Map;

/** The key and value definitions of a property of logicalType map (v3.2.0 draft). */
public record MapDefinition(SchemaProperty key, SchemaProperty value, Map<String, YamlNode> extensions,
        SourceRange range) {

    public MapDefinition {
        extensions = OrderedMaps.copyOf(extensions);
    }
}
