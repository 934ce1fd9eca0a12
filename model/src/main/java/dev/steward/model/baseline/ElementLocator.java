package dev.steward.model.baseline;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.util.List;
import java.util.Optional;

/**
 * Finds where a change's element is, or the nearest enclosing element that still exists, in a
 * document: the element path's segments are read as mapping keys, and inside lists as the natural key
 * of an item ({@code name}, {@code id}, {@code property}, {@code server}...). A removed property is so
 * reported on the schema object that lost it, never at the top of the file when its parent is there.
 */
final class ElementLocator {
    private static final List<String> NATURAL_KEYS = List.of("name", "id", "property", "server", "role", "channel",
            "username", "url");

    private ElementLocator() {
    }

    /** The first line of the deepest node of {@code element} found in {@code document}; empty when not even its root is. */
    static Optional<SourceRange> nearest(YamlDocument document, String element) {
        Optional<YamlNode> root = document.root();
        if (root.isEmpty()) {
            return Optional.empty();
        }
        YamlNode node = root.get();
        Optional<SourceRange> found = Optional.empty();
        for (String segment : element.split("\\.")) {
            Optional<Step> next = step(node, segment);
            if (next.isEmpty()) {
                break;
            }
            node = next.get().node();
            found = Optional.of(next.get().anchor());
        }
        return found.map(r -> firstLine(document.text(), r));
    }

    private record Step(YamlNode node, SourceRange anchor) {
    }

    private static Optional<Step> step(YamlNode node, String segment) {
        if (node instanceof YamlMapping mapping) {
            return mapping.entry(segment).map(e -> new Step(e.value(), e.key().range()));
        }
        if (node instanceof YamlSequence sequence) {
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlMapping m && NATURAL_KEYS.stream()
                        .anyMatch(k -> m.get(k).filter(v -> v instanceof YamlScalar s && s.value().equals(segment)).isPresent())) {
                    return Optional.of(new Step(m, m.range()));
                }
                if (item instanceof YamlScalar s && s.value().equals(segment)) {
                    return Optional.of(new Step(s, s.range()));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code range} cut at the end of its first line, so a whole block is not underlined. */
    static SourceRange firstLine(String text, SourceRange range) {
        if (range.startLine() == range.endLine()) {
            return range;
        }
        int end = text.indexOf('\n', range.startOffset());
        end = end < 0 ? text.length() : end;
        if (end > range.startOffset() && text.charAt(end - 1) == '\r') {
            end--;
        }
        return new SourceRange(range.startOffset(), end, range.startLine(), range.startColumn(), range.startLine(),
                range.startColumn() + (end - range.startOffset()));
    }
}
