package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/**
 * An item of the v3.2.0 draft {@code context} block: a verified statement ({@code text} is the
 * question, {@code answer} set) or a constraint ({@code text} is the constraint, no answer).
 */
public record ContextItem(String id, String text, String answer, List<String> tags,
        List<CustomProperty> customProperties, List<AuthoritativeDefinition> authoritativeDefinitions,
        Map<String, YamlNode> extensions, SourceRange range) {

    public ContextItem {
        tags = List.copyOf(tags);
        customProperties = List.copyOf(customProperties);
        authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
        extensions = OrderedMaps.copyOf(extensions);
    }
}
