package dev.steward.model.contract.schema;

import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.LineIndex;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.util.Optional;

/** Text edits on a YAML source that keep its layout: rename a key, replace a value, add a key. */
public final class YamlEdits {
    private YamlEdits() {
    }

    public static TextEdit rename(YamlScalar key, String newName) {
        return TextEdit.replace(key.range().startOffset(), key.range().endOffset(), newName);
    }

    public static TextEdit replace(YamlNode node, String text) {
        return TextEdit.replace(node.range().startOffset(), node.range().endOffset(), text);
    }

    /**
     * Adds {@code key: value} as the last entry of a block mapping, on its own line at the
     * mapping's indentation; empty for flow or empty mappings, where the right layout is not obvious.
     */
    public static Optional<TextEdit> appendEntry(LineIndex lines, YamlMapping mapping, String key, String value) {
        if (mapping.flow() || mapping.entries().isEmpty()) {
            return Optional.empty();
        }
        String text = lines.text();
        int indent = mapping.entries().getFirst().key().range().startColumn() - 1;
        YamlMapping.Entry last = mapping.entries().getLast();
        int end = Math.max(last.key().range().endOffset(), last.value().range().endOffset());
        int keyLine = last.key().range().startLine();
        int line = lines.lineOf(Math.max(0, Math.min(end, text.length()) - 1));
        while (line > keyLine && isBlankOrComment(text.substring(lines.lineStart(line), lines.lineEnd(line)))) {
            line--;
        }
        int at = lines.lineEnd(line);
        return Optional.of(TextEdit.insert(at, "\n" + " ".repeat(indent) + key + ": " + value));
    }

    private static boolean isBlankOrComment(String line) {
        String t = line.strip();
        return t.isEmpty() || t.startsWith("#");
    }
}
