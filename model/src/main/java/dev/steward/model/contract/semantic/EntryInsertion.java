package dev.steward.model.contract.semantic;

import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.LineIndex;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import java.util.Optional;

/**
 * Builds the edit that adds a {@code key: value} entry to an existing mapping, the way a person
 * would type it: in a block mapping, on a new line after an existing entry and at that entry's
 * indentation; in a flow mapping ({@code {a: 1}}), before the closing brace.
 */
public final class EntryInsertion {

    private EntryInsertion() {
    }

    /**
     * Inserts {@code key: value} into {@code mapping}, after {@code anchor} (one of its entries)
     * in a block mapping. Empty when the mapping's layout is not one this can edit safely.
     */
    public static Optional<TextEdit> after(YamlDocument document, YamlMapping mapping, YamlMapping.Entry anchor, String entryText) {
        String text = document.text();
        if (mapping.flow()) {
            int close = mapping.range().endOffset() - 1;
            if (close < 0 || close >= text.length() || text.charAt(close) != '}') {
                return Optional.empty();
            }
            String separator = mapping.entries().isEmpty() ? "" : ", ";
            int at = close;
            while (at > mapping.range().startOffset() + 1 && text.charAt(at - 1) == ' ') {
                at--;
            }
            return Optional.of(TextEdit.insert(at, separator + entryText));
        }
        LineIndex lines = document.lines();
        int keyLine = anchor.key().range().startLine();
        int indent = anchor.key().range().startColumn() - 1;
        // the key must start its line or follow only "- " markers, otherwise the layout is unusual
        String before = text.substring(lines.lineStart(keyLine), anchor.key().range().startOffset());
        if (!before.chars().allMatch(c -> c == ' ' || c == '-')) {
            return Optional.empty();
        }
        int endLine = Math.max(anchor.value().range().endLine(), keyLine);
        int at = lines.lineEnd(endLine);
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        return Optional.of(TextEdit.insert(at, newline + " ".repeat(indent) + entryText));
    }
}
