package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.odcs.model.OrderedMaps;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/** The lineage of a field (DCS 1.1+, OpenLineage column lineage). */
public record DcsLineage(List<DcsInputField> inputFields, String transformationDescription, String transformationType,
        Map<String, YamlNode> extensions, SourceRange range) {

    public DcsLineage {
        inputFields = List.copyOf(inputFields);
        extensions = OrderedMaps.copyOf(extensions);
    }
}
