package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/** A schema object (a table, a view, a topic, a file) and its properties. */
public record SchemaObject(String id, String name, String physicalName, String physicalType, String logicalType,
        String businessName, String description, String dataGranularityDescription, List<SchemaProperty> properties,
        List<QualityRule> quality, List<Relationship> relationships, List<Synonym> synonyms, Context context,
        List<String> tags, List<AuthoritativeDefinition> authoritativeDefinitions,
        List<CustomProperty> customProperties, Map<String, YamlNode> extensions, SourceRange range) {

    public SchemaObject {
        properties = List.copyOf(properties);
        quality = List.copyOf(quality);
        relationships = List.copyOf(relationships);
        synonyms = List.copyOf(synonyms);
        tags = List.copyOf(tags);
        authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
        customProperties = List.copyOf(customProperties);
        extensions = OrderedMaps.copyOf(extensions);
    }

    /** The id when present, else the name. */
    public String key() {
        return id != null ? id : name;
    }
}
