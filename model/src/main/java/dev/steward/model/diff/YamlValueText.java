package dev.steward.model.diff;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.util.StringJoiner;

/**
 * A YAML value as one line of flow-style text ({@code {name: x, filter: [a, b]}}), the same for
 * block and flow input, so two values compare equal exactly when they say the same thing whatever
 * their layout. Scalars are written as their value with runs of whitespace collapsed.
 */
public final class YamlValueText {

    private YamlValueText() {
    }

    public static String of(YamlNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    /** {@code text} with leading and trailing blanks removed and inner whitespace runs made one space. */
    public static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static void write(YamlNode node, StringBuilder out) {
        switch (node) {
            case YamlScalar s -> out.append(s.isNull() ? "null" : collapse(s.value()));
            case YamlSequence s -> {
                StringJoiner items = new StringJoiner(", ", "[", "]");
                for (YamlNode item : s.items()) {
                    items.add(of(item));
                }
                out.append(items);
            }
            case YamlMapping m -> {
                StringJoiner entries = new StringJoiner(", ", "{", "}");
                for (YamlMapping.Entry e : m.entries()) {
                    entries.add(e.name() + ": " + of(e.value()));
                }
                out.append(entries);
            }
        }
    }
}
