package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.odcs.model.OrderedMaps;
import dev.steward.model.contract.odcs.model.Operator;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.Map;

/**
 * A quality check of a model or field (DCS 1.1+). {@code implementation} (text, list or object)
 * and {@code arguments} are kept as nodes; a check with more than one operator keeps the extra
 * ones in {@code extensions}.
 */
public record DcsQuality(String type, String description, String query, String dialect, String metric, String rule,
        Map<String, YamlNode> arguments, String engine, YamlNode implementation, Operator operator,
        Map<String, YamlNode> extensions, SourceRange range) {

    public DcsQuality {
        arguments = OrderedMaps.copyOf(arguments);
        extensions = OrderedMaps.copyOf(extensions);
    }
}
