package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/**
 * A data quality check. Which fields are set depends on {@code type}: library checks use
 * {@code metric} (or the v3.0 {@code rule}) and {@code arguments}, SQL checks {@code query}, custom
 * checks {@code engine} and {@code implementation} (text or an object, kept as its node). The
 * comparison is {@code operator}; a check with more than one operator keeps the extra ones in
 * {@code extensions}.
 */
public record QualityRule(String id, String name, String description, String type, String dimension, String method,
        String severity, String businessImpact, String schedule, String scheduler, String unit, String metric,
        String rule, Map<String, YamlNode> arguments, String query, String engine, YamlNode implementation,
        Operator operator, List<String> tags, List<AuthoritativeDefinition> authoritativeDefinitions,
        List<CustomProperty> customProperties, Map<String, YamlNode> extensions, SourceRange range) {

    public QualityRule {
        arguments = OrderedMaps.copyOf(arguments);
        tags = List.copyOf(tags);
        authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
        customProperties = List.copyOf(customProperties);
        extensions = OrderedMaps.copyOf(extensions);
    }

    /** The id when present, else the name, else null (anonymous checks are matched by position). */
    public String key() {
        return id != null ? id : name;
    }
}
