package dev.steward.model.contract.schema;

import java.util.List;

/**
 * A scalar of one type, optionally restricted to {@code allowed} values (an enum) or to a
 * {@code pattern}. {@code name} names the enum in messages ("logicalType", "server type").
 */
public record ScalarShape(ScalarType type, List<String> allowed, TextPattern pattern) implements Shape {

    public static final ScalarShape STRING = new ScalarShape(ScalarType.STRING, List.of(), null);
    public static final ScalarShape INTEGER = new ScalarShape(ScalarType.INTEGER, List.of(), null);
    public static final ScalarShape NUMBER = new ScalarShape(ScalarType.NUMBER, List.of(), null);
    public static final ScalarShape BOOLEAN = new ScalarShape(ScalarType.BOOLEAN, List.of(), null);
    public static final ScalarShape SCALAR = new ScalarShape(ScalarType.SCALAR, List.of(), null);
    public static final ScalarShape ANY = new ScalarShape(ScalarType.ANY, List.of(), null);

    public ScalarShape {
        allowed = List.copyOf(allowed);
    }

    public static ScalarShape oneOf(String... values) {
        return new ScalarShape(ScalarType.STRING, List.of(values), null);
    }

    public static ScalarShape oneOf(List<String> values) {
        return new ScalarShape(ScalarType.STRING, values, null);
    }

    public static ScalarShape matching(TextPattern pattern) {
        return new ScalarShape(ScalarType.STRING, List.of(), pattern);
    }

    @Override
    public String expected() {
        return type.words();
    }
}
