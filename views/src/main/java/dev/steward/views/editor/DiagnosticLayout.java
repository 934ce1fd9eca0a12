package dev.steward.views.editor;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.SortedSet;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The diagnostics of one text version placed on its paragraphs: which chars get an underline
 * (only on the first line of a diagnostic; an empty range underlines one char), which
 * paragraphs get a gutter marker, and the underline style spans for any stretch of text.
 * Immutable.
 */
final class DiagnosticLayout {

    /** An underlined stretch {@code [start, end)} within one paragraph. */
    record Underline(int start, int end, Diagnostic diagnostic) {
        boolean looksLike(Underline other) {
            return start == other.start && end == other.end && diagnostic.severity() == other.diagnostic.severity();
        }
    }

    static final DiagnosticLayout EMPTY = new DiagnosticLayout(List.of(), new TreeMap<>(), new TreeMap<>());

    private final List<Diagnostic> diagnostics;
    private final TreeMap<Integer, List<Underline>> underlines;
    private final TreeMap<Integer, List<Diagnostic>> byParagraph;

    private DiagnosticLayout(List<Diagnostic> diagnostics, TreeMap<Integer, List<Underline>> underlines,
                             TreeMap<Integer, List<Diagnostic>> byParagraph) {
        this.diagnostics = diagnostics;
        this.underlines = underlines;
        this.byParagraph = byParagraph;
    }

    static DiagnosticLayout of(List<Diagnostic> diagnostics, ParagraphLocator text) {
        var underlines = new TreeMap<Integer, List<Underline>>();
        var byParagraph = new TreeMap<Integer, List<Diagnostic>>();
        for (Diagnostic d : diagnostics) {
            int start = Math.clamp(d.range().startOffset(), 0, text.length());
            int paragraph = text.paragraphOf(start);
            byParagraph.computeIfAbsent(paragraph, p -> new ArrayList<>()).add(d);
            int parStart = text.paragraphStart(paragraph);
            int parEnd = parStart + text.paragraphLength(paragraph);
            int end = Math.clamp(d.range().endOffset(), start, parEnd);
            if (end == start) {
                if (start < parEnd) {
                    end = start + 1;
                } else if (start > parStart) {
                    start = start - 1;
                } else {
                    continue;
                }
            }
            underlines.computeIfAbsent(paragraph, p -> new ArrayList<>()).add(new Underline(start, end, d));
        }
        return new DiagnosticLayout(List.copyOf(diagnostics), underlines, byParagraph);
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Diagnostics whose underline covers char {@code offset} of 0-based {@code paragraph}. */
    List<Diagnostic> at(int paragraph, int offset) {
        return underlines.getOrDefault(paragraph, List.of()).stream()
                .filter(u -> offset >= u.start() && offset < u.end())
                .map(Underline::diagnostic)
                .toList();
    }

    /** Diagnostics that start on 0-based {@code paragraph}. */
    List<Diagnostic> onParagraph(int paragraph) {
        return byParagraph.getOrDefault(paragraph, List.of());
    }

    Optional<Severity> worstOn(int paragraph) {
        return onParagraph(paragraph).stream().map(Diagnostic::severity).min(Enum::compareTo);
    }

    List<Underline> underlinesOn(int paragraph) {
        return underlines.getOrDefault(paragraph, List.of());
    }

    /** Paragraphs whose underlines look different in {@code other} (positions or severities). */
    SortedSet<Integer> paragraphsDifferingFrom(DiagnosticLayout other) {
        var paragraphs = new TreeSet<Integer>();
        Set<Integer> all = new HashSet<>(underlines.keySet());
        all.addAll(other.underlines.keySet());
        for (int p : all) {
            if (!sameLook(underlinesOn(p), other.underlinesOn(p))) {
                paragraphs.add(p);
            }
        }
        return paragraphs;
    }

    private static boolean sameLook(List<Underline> a, List<Underline> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).looksLike(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Underline style spans for chars {@code [from, to)}, which lie in paragraphs {@code firstParagraph..lastParagraph}. */
    StyleSpans<Collection<String>> spans(int from, int to, int firstParagraph, int lastParagraph) {
        var inRange = new ArrayList<Underline>();
        for (List<Underline> list : underlines.subMap(firstParagraph, true, lastParagraph, true).values()) {
            for (Underline u : list) {
                if (u.end() > from && u.start() < to) {
                    inRange.add(u);
                }
            }
        }
        var builder = new StyleSpansBuilder<Collection<String>>();
        if (inRange.isEmpty()) {
            builder.add(List.of(), to - from);
            return builder.create();
        }
        var bounds = new TreeSet<Integer>();
        bounds.add(from);
        bounds.add(to);
        for (Underline u : inRange) {
            bounds.add(Math.max(from, u.start()));
            bounds.add(Math.min(to, u.end()));
        }
        Integer previous = null;
        for (int b : bounds) {
            if (previous != null) {
                builder.add(styleOf(inRange, previous, b), b - previous);
            }
            previous = b;
        }
        return builder.create();
    }

    private static Collection<String> styleOf(List<Underline> underlines, int start, int end) {
        Severity worst = null;
        for (Underline u : underlines) {
            if (u.start() < end && u.end() > start) {
                Severity s = u.diagnostic().severity();
                worst = worst == null || s.compareTo(worst) < 0 ? s : worst;
            }
        }
        return worst == null ? List.of() : List.of(styleClass(worst));
    }

    static String styleClass(Severity severity) {
        return "diagnostic-" + severity.label();
    }

    @Override
    public String toString() {
        return "DiagnosticLayout" + Map.of("diagnostics", diagnostics.size(), "underlinedParagraphs", underlines.size());
    }
}
