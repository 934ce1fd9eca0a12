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

    /**
     * MetricFlow's join rule: a model can be joined onto the right side through an entity when the right
     * side identifies its rows by it (primary, unique or natural, never foreign: no fan-out), and never
     * natural to natural. A missing type counts as foreign.
     */
    public static boolean joinable(Optional<Type> left, Optional<Type> right) {
        Type r = right.orElse(Type.FOREIGN);
        return r != Type.FOREIGN && !(left.orElse(Type.FOREIGN) == Type.NATURAL && r == Type.NATURAL);
    }

    public Optional<Type> entityType() {
        return Enums.parse(Type.class, type);
    }

    /** The column expression, defaulting to the name as MetricFlow does. */
    public String effectiveExpr() {
        return expr.orElse(name);
    }
}
