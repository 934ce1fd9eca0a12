package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.odcs.model.OrderedMaps;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.Map;

/** A policy of the terms (DCS 1.1+). */
public record DcsPolicy(String type, String description, String url, Map<String, YamlNode> extensions,
        SourceRange range) {

    public DcsPolicy {
        extensions = OrderedMaps.copyOf(extensions);
    }
}
