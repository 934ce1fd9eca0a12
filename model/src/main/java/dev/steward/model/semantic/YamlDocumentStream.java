package dev.steward.model.semantic;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.yaml.LineIndex;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * The root nodes of every YAML document in a text ({@link YamlParser} reads only the first).
 *
 * <p>The text is cut at document-start lines ({@code ---} in column 1), each piece is parsed on its
 * own and the resulting nodes are moved to absolute offsets with the whole text's {@link LineIndex}.
 * Parsing pieces separately (rather than re-parsing the whole text once per document) keeps the work
 * linear in the file size, and a syntax error in one document does not hide the others. A
 * {@code ---} line can only be a document marker outside block scalars, whose content is indented,
 * so the cut is exact for the files MetricFlow writes and reads.
 */
public final class YamlDocumentStream {
    private static final YamlParser PARSER = new YamlParser();

    private YamlDocumentStream() {
    }

    /**
     * The documents of a text: their roots, and the syntax problems of every document but the first
     * (the first one's are the whole text's parse problems), at positions in the whole text.
     */
    public record Documents(List<YamlNode> roots, List<Diagnostic> laterProblems) {
        public Documents {
            roots = List.copyOf(roots);
            laterProblems = List.copyOf(laterProblems);
        }
    }

    public static List<YamlNode> roots(YamlDocument document) {
        return read(document).roots();
    }

    public static Documents read(YamlDocument document) {
        String text = document.text();
        List<Integer> starts = documentStarts(text);
        if (starts.size() <= 1) {
            return new Documents(document.root().map(List::of).orElse(List.of()), List.of());
        }
        List<YamlNode> roots = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            YamlDocument piece = PARSER.parse(document.path(), text.substring(start, end));
            piece.root().ifPresent(root -> roots.add(shift(root, start, document.lines())));
            if (i > 0) {
                for (Diagnostic d : piece.problems()) {
                    if (!d.rule().equals(YamlParser.RULE_MULTI_DOC)) {
                        SourceRange r = document.lines().range(d.range().startOffset() + start, d.range().endOffset() + start);
                        problems.add(new Diagnostic(document.path(), r, d.severity(), d.rule(), d.message(), d.fixes()));
                    }
                }
            }
        }
        return new Documents(roots, problems);
    }

    /** Offsets of the pieces: 0, then each line that starts a new document. */
    static List<Integer> documentStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int lineStart = 0;
        int length = text.length();
        while (lineStart < length) {
            int next = text.indexOf('\n', lineStart);
            int lineEnd = next < 0 ? length : next;
            if (lineStart > 0 && text.startsWith("---", lineStart)
                    && (lineStart + 3 == lineEnd || Character.isWhitespace(text.charAt(lineStart + 3)))) {
                starts.add(lineStart);
            }
            lineStart = lineEnd + 1;
        }
        return starts;
    }

    private static YamlNode shift(YamlNode node, int base, LineIndex lines) {
        SourceRange r = lines.range(node.range().startOffset() + base, node.range().endOffset() + base);
        return switch (node) {
            case YamlScalar s -> new YamlScalar(s.value(), s.type(), s.style(), r);
            case YamlSequence s -> {
                List<YamlNode> items = new ArrayList<>(s.size());
                for (YamlNode n : s.items()) {
                    items.add(shift(n, base, lines));
                }
                yield new YamlSequence(items, s.flow(), r);
            }
            case YamlMapping m -> {
                List<YamlMapping.Entry> entries = new ArrayList<>(m.entries().size());
                for (YamlMapping.Entry e : m.entries()) {
                    entries.add(new YamlMapping.Entry((YamlScalar) shift(e.key(), base, lines), shift(e.value(), base, lines)));
                }
                yield new YamlMapping(entries, m.flow(), r);
            }
        };
    }
}
