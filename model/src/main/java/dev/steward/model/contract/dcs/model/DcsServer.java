package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.odcs.model.OrderedMaps;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/**
 * A server, named by its key in {@code servers}. The type-specific fields (project, dataset,
 * location, host, ...) are kept in {@code properties}, in source order, as scalar text.
 */
public record DcsServer(String name, String type, String description, String environment, List<DcsServerRole> roles,
        Map<String, String> properties, Map<String, YamlNode> extensions, SourceRange range) {

    public DcsServer {
        roles = List.copyOf(roles);
        properties = OrderedMaps.copyOf(properties);
        extensions = OrderedMaps.copyOf(extensions);
    }

    public String key() {
        return name;
    }
}
