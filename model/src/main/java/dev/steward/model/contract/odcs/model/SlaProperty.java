package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.Map;

/**
 * One service-level agreement property. {@code value} and {@code valueExt} are kept as their
 * scalar text ({@code 99.9}, {@code "P1D"}, ...).
 */
public record SlaProperty(String id, String property, String value, String valueExt, String unit, String element,
        String driver, String description, String scheduler, String schedule, Map<String, YamlNode> extensions,
        SourceRange range) {

    public SlaProperty {
        extensions = OrderedMaps.copyOf(extensions);
    }

    /** The property and the element it applies to ({@code "latency@orders.created_at"}; the property alone without element). */
    public String key() {
        return element == null ? property : property + "@" + element;
    }
}
