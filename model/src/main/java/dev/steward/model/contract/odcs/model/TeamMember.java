package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/** A member of the team. {@code dateIn}/{@code dateOut} are kept as written (ISO dates). */
public record TeamMember(String id, String username, String name, String description, String role, String dateIn,
        String dateOut, String replacedByUsername, List<String> tags, List<CustomProperty> customProperties,
        List<AuthoritativeDefinition> authoritativeDefinitions, Map<String, YamlNode> extensions, SourceRange range) {

    public TeamMember {
        tags = List.copyOf(tags);
        customProperties = List.copyOf(customProperties);
        authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
        extensions = OrderedMaps.copyOf(extensions);
    }

    /** The username, the natural key of a member. */
    public String key() {
        return username;
    }
}
