package dev.steward.model.semantic;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;

/**
 * An entity (join key) of a semantic model. {@code type} is kept as written (lower-cased) so an
 * unknown word survives for the validator; {@link #entityType()} is the typed view.
 */
public record Entity(String name, String type, Optional<String> expr, Optional<String> role, Optional<String> label,
                     Optional<String> description, SourceRange range, Map<String, YamlNode> extensions) {

    public enum Type { PRIMARY, UNIQUE, FOREIGN, NATURAL }

    public Entity {
        extensions = Extensions.freeze(extensions);
    }

    public Optional<Type> entityType() {
        return Enums.parse(Type.class, type);
    }

    /** The column expression, defaulting to the name as MetricFlow does. */
    public String effectiveExpr() {
        return expr.orElse(name);
    }
}
