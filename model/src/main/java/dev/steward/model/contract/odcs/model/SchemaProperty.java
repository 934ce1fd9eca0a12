package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/**
 * A property of a schema object (a column, a field), also used for array {@code items} and the
 * key/value of a map. {@code examples} are kept as their nodes (any YAML value is allowed).
 * {@code enumValues} is the v3.2.0 draft {@code enum} key.
 */
public record SchemaProperty(String id, String name, String physicalName, String physicalType, String logicalType,
        LogicalTypeOptions logicalTypeOptions, String businessName, String description, Boolean required,
        Boolean unique, Boolean primaryKey, Long primaryKeyPosition, Boolean partitioned, Long partitionKeyPosition,
        String classification, String encryptedName, Boolean criticalDataElement, List<String> transformSourceObjects,
        String transformLogic, String transformDescription, List<YamlNode> examples, String semanticType,
        List<EnumValue> enumValues, MapDefinition map, SchemaProperty items, List<SchemaProperty> properties,
        List<QualityRule> quality, List<Relationship> relationships, List<Synonym> synonyms, List<String> tags,
        List<AuthoritativeDefinition> authoritativeDefinitions, List<CustomProperty> customProperties,
        Map<String, YamlNode> extensions, SourceRange range) {

    public SchemaProperty {
        transformSourceObjects = List.copyOf(transformSourceObjects);
        examples = List.copyOf(examples);
        enumValues = List.copyOf(enumValues);
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
