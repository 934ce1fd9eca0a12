package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.odcs.model.OrderedMaps;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/** A field a lineage reads from ({@code namespace}, {@code name}, {@code field}). */
public record DcsInputField(String namespace, String name, String field, List<DcsTransformation> transformations,
        Map<String, YamlNode> extensions, SourceRange range) {

    public DcsInputField {
        transformations = List.copyOf(transformations);
        extensions = OrderedMaps.copyOf(extensions);
    }
}
