package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.Map;

/** A link to an authoritative definition ({@code type} and {@code url}). */
public record AuthoritativeDefinition(String id, String type, String url, String description,
        Map<String, YamlNode> extensions, SourceRange range) {

    public AuthoritativeDefinition {
        extensions = OrderedMaps.copyOf(extensions);
    }

    /** The id when present, else the url (a contract rarely links the same url twice). */
    public String key() {
        return id != null ? id : url;
    }
}
