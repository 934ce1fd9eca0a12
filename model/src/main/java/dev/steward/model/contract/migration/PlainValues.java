package dev.steward.model.contract.migration;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a positioned YAML tree into plain Java values in source order: {@link LinkedHashMap},
 * {@link List}, {@link String} (timestamps stay text), {@link Long}/{@link BigInteger},
 * {@link BigDecimal}, {@link Boolean} and null. Aliased nodes become shared values.
 */
final class PlainValues {

    private PlainValues() {
    }

    static Object of(YamlNode node) {
        return switch (node) {
            case YamlMapping m -> {
                Map<String, Object> out = new LinkedHashMap<>();
                for (YamlMapping.Entry e : m.entries()) {
                    out.putIfAbsent(e.name(), of(e.value()));
                }
                yield out;
            }
            case YamlSequence s -> {
                List<Object> out = new ArrayList<>(s.size());
                s.items().forEach(i -> out.add(of(i)));
                yield out;
            }
            case YamlScalar s -> scalar(s);
        };
    }

    private static Object scalar(YamlScalar s) {
        return switch (s.type()) {
            case NULL -> null;
            case BOOLEAN -> s.asBoolean();
            case INTEGER -> s.asNumber().map(PlainValues::integer).orElse(s.value());
            case FLOAT -> s.asNumber().<Object>map(n -> n).orElse(s.value());
            case STRING, TIMESTAMP -> s.value();
        };
    }

    private static Object integer(BigDecimal n) {
        BigInteger i = n.toBigInteger();
        return i.bitLength() < 64 ? (Object) i.longValue() : i;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : null;
    }

    static String asText(Object value) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case BigDecimal d -> d.toPlainString();
            default -> String.valueOf(value);
        };
    }
}
