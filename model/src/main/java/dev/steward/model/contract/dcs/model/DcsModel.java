package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.odcs.model.OrderedMaps;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/** A model (a table, a view, an object), named by its key in {@code models}. */
public record DcsModel(String name, String type, String title, String description, List<DcsField> fields,
        List<String> primaryKey, List<YamlNode> examples, List<DcsQuality> quality, Boolean additionalFields,
        Map<String, YamlNode> config, Map<String, YamlNode> extensions, SourceRange range) {

    public DcsModel {
        fields = List.copyOf(fields);
        primaryKey = List.copyOf(primaryKey);
        examples = List.copyOf(examples);
        quality = List.copyOf(quality);
        config = OrderedMaps.copyOf(config);
        extensions = OrderedMaps.copyOf(extensions);
    }

    public String key() {
        return name;
    }
}
