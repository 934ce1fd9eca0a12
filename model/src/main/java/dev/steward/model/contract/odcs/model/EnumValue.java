package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/** One allowed value of a property (v3.2.0 draft {@code enum[]}); {@code value} is its scalar text. */
public record EnumValue(String id, String value, String label, String description, List<String> tags,
        List<CustomProperty> customProperties, List<AuthoritativeDefinition> authoritativeDefinitions,
        Map<String, YamlNode> extensions, SourceRange range) {

    public EnumValue {
        tags = List.copyOf(tags);
        customProperties = List.copyOf(customProperties);
        authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
        extensions = OrderedMaps.copyOf(extensions);
    }

    /** The value, unique within its property. */
    public String key() {
        return value;
    }
}
