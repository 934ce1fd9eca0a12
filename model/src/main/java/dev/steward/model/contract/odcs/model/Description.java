package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/** The contract description block. */
public record Description(String purpose, String limitations, String usage,
        List<AuthoritativeDefinition> authoritativeDefinitions, List<CustomProperty> customProperties,
        Map<String, YamlNode> extensions, SourceRange range) {

    public Description {
        authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
        customProperties = List.copyOf(customProperties);
        extensions = OrderedMaps.copyOf(extensions);
    }
}
