package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.odcs.model.OrderedMaps;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.Map;

/** The contact of {@code info}. */
public record DcsContact(String name, String url, String email, Map<String, YamlNode> extensions, SourceRange range) {

    public DcsContact {
        extensions = OrderedMaps.copyOf(extensions);
    }
}
