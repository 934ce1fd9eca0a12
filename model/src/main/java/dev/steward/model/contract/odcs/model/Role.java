package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/** A role consumers can request ({@code roles[]} at the root or on a server). */
public record Role(String id, String role, String access, String description, String firstLevelApprovers,
        String secondLevelApprovers, List<CustomProperty> customProperties, Map<String, YamlNode> extensions,
        SourceRange range) {

    public Role {
        customProperties = List.copyOf(customProperties);
        extensions = OrderedMaps.copyOf(extensions);
    }

    /** The role name, its natural key. */
    public String key() {
        return role;
    }
}
