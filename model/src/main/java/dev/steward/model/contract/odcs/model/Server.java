package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/**
 * A server. The fields specific to its {@code type} (host, port, database, location, ... of the
 * 34 server types) are kept in {@code properties}, in source order, as scalar text.
 */
public record Server(String id, String server, String type, String description, String environment,
        List<Role> roles, List<CustomProperty> customProperties, Map<String, String> properties,
        Map<String, YamlNode> extensions, SourceRange range) {

    public Server {
        roles = List.copyOf(roles);
        customProperties = List.copyOf(customProperties);
        properties = OrderedMaps.copyOf(properties);
        extensions = OrderedMaps.copyOf(extensions);
    }

    /** The server name, its natural key. */
    public String key() {
        return server;
    }
}
