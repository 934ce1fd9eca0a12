package dev.steward.model.contract.schema;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses compact field lists used by spec tables: {@code "host port:int database"}, where a
 * suffix names the scalar type ({@code :int}, {@code :num}, {@code :bool}, {@code :any}); no
 * suffix means a string.
 */
public final class FieldList {
    private FieldList() {
    }

    public static Map<String, Field> parse(String spec) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (String token : spec.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            int colon = token.indexOf(':');
            String name = colon < 0 ? token : token.substring(0, colon);
            ScalarShape shape = colon < 0 ? ScalarShape.STRING : switch (token.substring(colon + 1)) {
                case "int" -> ScalarShape.INTEGER;
                case "num" -> ScalarShape.NUMBER;
                case "bool" -> ScalarShape.BOOLEAN;
                case "any" -> ScalarShape.ANY;
                default -> throw new IllegalArgumentException("unknown type in " + token);
            };
            fields.put(name, Field.of(name, shape));
        }
        return fields;
    }

    public static String[] names(String spaceSeparated) {
        String t = spaceSeparated.trim();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }
}
