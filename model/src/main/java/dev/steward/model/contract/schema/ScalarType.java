package dev.steward.model.contract.schema;

import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;

/** The JSON types a scalar may be required to have (YAML timestamps count as strings). */
public enum ScalarType {
    STRING("a string"),
    INTEGER("an integer"),
    NUMBER("a number"),
    BOOLEAN("true or false"),
    /** Any non-collection value, null included. */
    SCALAR("a single value (text, number, boolean or empty)"),
    /** Anything at all, collections included. */
    ANY("any value"),
    /** Anything but an empty (null) value. */
    NOT_NULL("a value (not empty)");

    private final String words;

    ScalarType(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public boolean accepts(YamlNode node) {
        if (this == ANY) {
            return true;
        }
        if (this == NOT_NULL) {
            return !node.isNull();
        }
        if (!(node instanceof YamlScalar s)) {
            return false;
        }
        return switch (this) {
            case STRING -> s.isString();
            case INTEGER -> s.type() == YamlScalar.Type.INTEGER || s.type() == YamlScalar.Type.FLOAT && isWhole(s);
            case NUMBER -> s.isNumber();
            case BOOLEAN -> s.isBoolean();
            case SCALAR, ANY, NOT_NULL -> true;
        };
    }

    private static boolean isWhole(YamlScalar s) {
        return s.asNumber().map(n -> n.stripTrailingZeros().scale() <= 0).orElse(false);
    }
}
