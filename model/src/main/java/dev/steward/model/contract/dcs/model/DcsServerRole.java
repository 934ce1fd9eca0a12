package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.odcs.model.OrderedMaps;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.Map;

/** A role of a server (DCS 1.1+). */
public record DcsServerRole(String name, String description, Map<String, YamlNode> extensions, SourceRange range) {

    public DcsServerRole {
        extensions = OrderedMaps.copyOf(extensions);
    }
}
