package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/** Another name of an element (v3.2.0 draft {@code synonyms[]}). */
public record Synonym(String id, String synonym, String locale, String source, String status, String description,
        List<CustomProperty> customProperties, Map<String, YamlNode> extensions, SourceRange range) {

    public Synonym {
        customProperties = List.copyOf(customProperties);
        extensions = OrderedMaps.copyOf(extensions);
    }

    /** The synonym and its locale ({@code "purchases@en"}; the synonym alone without locale). */
    public String key() {
        return locale == null ? synonym : synonym + "@" + locale;
    }
}
