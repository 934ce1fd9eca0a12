package dev.steward.model.yaml;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A scalar with the type YAML 1.1 resolution gives it (the same resolution PyYAML and
 * SnakeYAML use), except that timestamps are kept as strings with type {@link Type#TIMESTAMP}.
 */
public record YamlScalar(String value, Type type, Style style, SourceRange range) implements YamlNode {

    public enum Type { STRING, INTEGER, FLOAT, BOOLEAN, NULL, TIMESTAMP }

    public enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED }

    public boolean isString() {
        return type == Type.STRING || type == Type.TIMESTAMP;
    }

    public boolean isNumber() {
        return type == Type.INTEGER || type == Type.FLOAT;
    }

    public boolean isBoolean() {
        return type == Type.BOOLEAN;
    }

    public Optional<BigDecimal> asNumber() {
        if (!isNumber()) {
            return Optional.empty();
        }
        try {
            String v = value.replace("_", "");
            if (v.startsWith("0x") || v.startsWith("-0x") || v.startsWith("+0x")) {
                boolean neg = v.startsWith("-");
                return Optional.of(new BigDecimal(new java.math.BigInteger(v.substring(v.indexOf('x') + 1), 16)).multiply(neg ? BigDecimal.ONE.negate() : BigDecimal.ONE));
            }
            if (v.contains(":") || v.contains(".inf") || v.contains(".Inf") || v.contains(".INF") || v.equalsIgnoreCase(".nan")) {
                return Optional.empty();
            }
            if (v.startsWith("0o")) {
                return Optional.of(new BigDecimal(new java.math.BigInteger(v.substring(2), 8)));
            }
            return Optional.of(new BigDecimal(v));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean asBoolean() {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "y" -> true;
            default -> false;
        };
    }

    @Override
    public String describe() {
        return switch (type) {
            case STRING, TIMESTAMP -> "a string";
            case INTEGER -> "an integer";
            case FLOAT -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "empty (null)";
        };
    }
}
