package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/**
 * The team. ODCS v3.1 writes it as an object; the deprecated v3.0 form is a bare list of members,
 * read into the same record with {@code listForm} true and every other field empty.
 */
public record Team(String id, String name, String description, List<TeamMember> members, List<String> tags,
        List<CustomProperty> customProperties, List<AuthoritativeDefinition> authoritativeDefinitions,
        boolean listForm, Map<String, YamlNode> extensions, SourceRange range) {

    public Team {
        members = List.copyOf(members);
        tags = List.copyOf(tags);
        customProperties = List.copyOf(customProperties);
        authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
        extensions = OrderedMaps.copyOf(extensions);
    }
}
