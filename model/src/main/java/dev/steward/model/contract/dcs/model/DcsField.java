package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.odcs.model.OrderedMaps;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A field of a model, also used for the definitions (named by their key in {@code definitions})
 * and for the {@code items}, {@code keys} and {@code values} of arrays and maps (whose name is
 * null). {@code ref} is the {@code $ref} key; {@code name} and {@code domain} are the
 * definition-only keys. {@code config} keeps the tool-specific types as nodes.
 */
public record DcsField(String key, String type, String title, String description, String classification, Boolean pii,
        List<String> tags, String ref, String format, String pattern, Long minLength, Long maxLength,
        List<String> enumValues, Boolean required, Boolean unique, Boolean primaryKey, Boolean primary,
        BigDecimal minimum, BigDecimal maximum, BigDecimal exclusiveMinimum, BigDecimal exclusiveMaximum,
        BigDecimal precision, BigDecimal scale, List<DcsField> fields, DcsField items, DcsField keys, DcsField values,
        Map<String, String> links, String references, Map<String, YamlNode> config, String example,
        List<YamlNode> examples, List<DcsQuality> quality, DcsLineage lineage, String name, String domain,
        Map<String, YamlNode> extensions, SourceRange range) {

    public DcsField {
        tags = List.copyOf(tags);
        enumValues = List.copyOf(enumValues);
        fields = List.copyOf(fields);
        links = OrderedMaps.copyOf(links);
        config = OrderedMaps.copyOf(config);
        examples = List.copyOf(examples);
        quality = List.copyOf(quality);
        extensions = OrderedMaps.copyOf(extensions);
    }
}
