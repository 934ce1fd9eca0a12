package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/** A support channel ({@code support[]}). */
public record SupportChannel(String id, String channel, String url, String description, String tool, String scope,
        String invitationUrl, List<CustomProperty> customProperties, Map<String, YamlNode> extensions,
        SourceRange range) {

    public SupportChannel {
        customProperties = List.copyOf(customProperties);
        extensions = OrderedMaps.copyOf(extensions);
    }

    /** The id when present, else the channel name. */
    public String key() {
        return id != null ? id : channel;
    }
}
