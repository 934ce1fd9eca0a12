package dev.steward.model.diff.contract;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads YAML values the way the differ compares them: by meaning, not by how they are written. */
final class NodeValues {

    private static final int SHOWN_MAX = 120;

    private NodeValues() {
    }

    /** Absent, or written as null ({@code key:} or {@code key: null}). */
    static boolean absent(YamlNode node) {
        return node == null || node.isNull();
    }

    /** Same meaning: numbers by value, booleans by truth, mappings regardless of key order. */
    static boolean same(YamlNode a, YamlNode b) {
        if (absent(a) || absent(b)) {
            return absent(a) && absent(b);
        }
        return canonical(a).equals(canonical(b));
    }

    /** A text of the node's meaning with mapping keys sorted, to compare and to key list items by content. */
    static String canonical(YamlNode node) {
        return switch (node) {
            case YamlScalar s -> scalar(s);
            case YamlSequence seq -> seq.items().stream().map(NodeValues::canonical).collect(Collectors.joining(",", "[", "]"));
            case YamlMapping m -> m.entries().stream().filter(e -> !absent(e.value()))
                    .sorted(Comparator.comparing(YamlMapping.Entry::name))
                    .map(e -> e.name() + ":" + canonical(e.value())).collect(Collectors.joining(",", "{", "}"));
        };
    }

    private static String scalar(YamlScalar s) {
        if (s.isNumber()) {
            return s.asNumber().map(n -> n.stripTrailingZeros().toPlainString()).orElse(s.value());
        }
        if (s.isBoolean()) {
            return Boolean.toString(s.asBoolean());
        }
        return s.type() == YamlScalar.Type.NULL ? "~" : "'" + s.value();
    }

    /** The value as a person reads it on one line: scalars as written, others in short flow style. */
    static String show(YamlNode node) {
        String text = flow(node).replaceAll("\\s+", " ").strip();
        return text.length() <= SHOWN_MAX ? text : text.substring(0, SHOWN_MAX - 1) + "…";
    }

    private static String flow(YamlNode node) {
        return switch (node) {
            case YamlScalar s -> s.value();
            case YamlSequence seq -> seq.items().stream().map(NodeValues::flow).collect(Collectors.joining(", ", "[", "]"));
            case YamlMapping m -> m.entries().stream().map(e -> e.name() + ": " + flow(e.value()))
                    .collect(Collectors.joining(", ", "{", "}"));
        };
    }

    /** A number, written as a number or as a numeric string. */
    static Optional<BigDecimal> number(YamlNode node) {
        if (node instanceof YamlScalar s) {
            if (s.isNumber()) {
                return s.asNumber();
            }
            if (s.isString()) {
                try {
                    return Optional.of(new BigDecimal(s.value().strip()));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** A boolean flag; absent counts as {@code false}, the default of every ODCS and DCS flag. */
    static boolean flag(YamlNode node) {
        return node instanceof YamlScalar s && s.isBoolean() && s.asBoolean();
    }

    /** The non-null scalar text under {@code key}. */
    static Optional<String> text(YamlNode owner, String key) {
        return owner instanceof YamlMapping m ? m.text(key) : Optional.empty();
    }

    /** The scalar items of a list, as text (a single scalar counts as a one-item list). */
    static List<YamlNode> items(YamlNode node) {
        if (node instanceof YamlSequence seq) {
            return seq.items();
        }
        return absent(node) ? List.of() : List.of(node);
    }
}
