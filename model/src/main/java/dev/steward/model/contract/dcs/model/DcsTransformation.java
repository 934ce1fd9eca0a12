package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.odcs.model.OrderedMaps;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.Map;

/** One transformation of a lineage input field. */
public record DcsTransformation(String type, String subtype, String description, Boolean masking,
        Map<String, YamlNode> extensions, SourceRange range) {

    public DcsTransformation {
        extensions = OrderedMaps.copyOf(extensions);
    }
}
