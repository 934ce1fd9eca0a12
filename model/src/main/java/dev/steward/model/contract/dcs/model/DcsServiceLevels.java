package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.odcs.model.OrderedMaps;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/** The {@code servicelevels} block (DCS 0.9.3+). Unknown service levels stay in {@code extensions}. */
public record DcsServiceLevels(List<DcsServiceLevel> levels, Map<String, YamlNode> extensions, SourceRange range) {

    public DcsServiceLevels {
        levels = List.copyOf(levels);
        extensions = OrderedMaps.copyOf(extensions);
    }
}
