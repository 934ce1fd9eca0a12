package dev.steward.model.contract.schema;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;

/** A canonical text of a node's content (no positions), to compare items for uniqueness. */
final class NodeText {
    private NodeText() {
    }

    static String canonical(YamlNode node) {
        StringBuilder b = new StringBuilder();
        append(b, node);
        return b.toString();
    }

    private static void append(StringBuilder b, YamlNode node) {
        switch (node) {
            case YamlScalar s -> b.append(s.isString() ? 'S' : s.type().name().charAt(0)).append(s.value().length())
                    .append(':').append(s.value());
            case YamlSequence q -> {
                b.append('[');
                q.items().forEach(i -> append(b, i));
                b.append(']');
            }
            case YamlMapping m -> {
                b.append('{');
                m.entries().stream().sorted(java.util.Comparator.comparing(YamlMapping.Entry::name)).forEach(e -> {
                    b.append(e.name().length()).append(':').append(e.name());
                    append(b, e.value());
                });
                b.append('}');
            }
        }
    }
}
