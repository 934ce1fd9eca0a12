package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.odcs.model.OrderedMaps;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.Map;

/** The {@code info} block. {@code dataProduct} and {@code outputPort} exist only before DCS 0.9.1. */
public record DcsInfo(String title, String version, String status, String description, String owner,
        DcsContact contact, String dataProduct, String outputPort, Map<String, YamlNode> extensions,
        SourceRange range) {

    public DcsInfo {
        extensions = OrderedMaps.copyOf(extensions);
    }
}
