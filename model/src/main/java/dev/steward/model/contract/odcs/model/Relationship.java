package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/**
 * A relationship (v3.1 {@code relationships[]}, a foreign key). {@code from} and {@code to} are
 * lists to cover composite keys: a single reference reads as a one-element list and
 * {@code listForm} says which form the source used. At property level {@code from} is empty.
 */
public record Relationship(String type, List<String> from, List<String> to, boolean listForm,
        List<CustomProperty> customProperties, Map<String, YamlNode> extensions, SourceRange range) {

    public Relationship {
        from = List.copyOf(from);
        to = List.copyOf(to);
        customProperties = List.copyOf(customProperties);
        extensions = OrderedMaps.copyOf(extensions);
    }

    /** The references joined ({@code "orders.customer_id->customers.id"}), the natural key of a relationship. */
    public String key() {
        return String.join(",", from) + "->" + String.join(",", to);
    }
}
