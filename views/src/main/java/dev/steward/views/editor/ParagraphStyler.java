package dev.steward.views.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The one owner of the area's style spans: YAML highlighting with the diagnostic underlines
 * overlaid on it ({@link StyleSpans#overlay}), so the two layers never overwrite each other.
 * <p>
 * Edits are collected and restyled once per pulse: only the paragraphs that changed, plus the
 * following ones whose lexer start state changed (opening or closing a block scalar). Each
 * batch ends in a single {@code setStyleSpans} call.
 */
final class ParagraphStyler {
    /** Paragraphs with changed underlines closer than this are restyled in one call. */
    private static final int RUN_GAP = 16;
    /** Only batches this small are compared with the current styles before being set. */
    private static final int SKIP_CHECK_PARAGRAPHS = 8;

    private final CodeArea area;
    private final Supplier<DiagnosticLayout> layout;
    private final YamlLexer lexer = new YamlLexer();
    private final Map<String, Collection<String>> classLists = new HashMap<>();
    private final List<PlainTextChange> pending = new ArrayList<>();
    private int[] startStates = {YamlLexer.PLAIN};
    private boolean flushScheduled;

    ParagraphStyler(CodeArea area, Supplier<DiagnosticLayout> layout) {
        this.area = area;
        this.layout = layout;
    }

    /** Records edits; they are restyled on the next pulse or the next {@link #flush()}. */
    void changed(List<PlainTextChange> changes) {
        pending.addAll(changes);
        if (!flushScheduled) {
            flushScheduled = true;
            Platform.runLater(this::flush);
        }
    }

    /** Restyles the text touched by the edits recorded so far. */
    void flush() {
        flushScheduled = false;
        if (pending.isEmpty()) {
            return;
        }
        int dirtyStart = -1;
        int dirtyEnd = -1;
        for (PlainTextChange c : pending) {
            int removed = c.getRemovalEnd() - c.getPosition();
            int inserted = c.getInsertionEnd() - c.getPosition();
            if (dirtyStart < 0) {
                dirtyStart = c.getPosition();
                dirtyEnd = c.getInsertionEnd();
            } else {
                dirtyStart = Math.min(TextShift.start(dirtyStart, c.getPosition(), removed, inserted), c.getPosition());
                dirtyEnd = Math.max(TextShift.end(dirtyEnd, c.getPosition(), removed, inserted), c.getInsertionEnd());
            }
        }
        pending.clear();
        var paragraphs = new AreaParagraphs(area);
        int count = paragraphs.paragraphCount();
        int first = paragraphs.paragraphOf(dirtyStart);
        int last = paragraphs.paragraphOf(dirtyEnd);
        int[] old = startStates;
        int delta = count - old.length;
        if (first >= old.length) {
            first = 0;
        }
        int[] states = new int[count];
        System.arraycopy(old, 0, states, 0, first + 1);
        var spans = new StyleSpansBuilder<Collection<String>>();
        int state = states[first];
        int p = first;
        while (p < count) {
            int oldIndex = p - delta;
            if (p > last && oldIndex >= 0 && oldIndex < old.length && old[oldIndex] == state) {
                break;
            }
            states[p] = state;
            state = lexParagraph(p, state, count, spans);
            p++;
        }
        for (int q = p; q < count; q++) {
            states[q] = old[q - delta];
        }
        startStates = states;
        apply(first, p - 1, spans);
    }

    /** Restyles every paragraph (after a whole-text replacement). */
    void restyleAll() {
        pending.clear();
        int count = area.getParagraphs().size();
        startStates = new int[count];
        var spans = new StyleSpansBuilder<Collection<String>>();
        int state = YamlLexer.PLAIN;
        for (int p = 0; p < count; p++) {
            startStates[p] = state;
            state = lexParagraph(p, state, count, spans);
        }
        apply(0, count - 1, spans);
    }

    /** Restyles the given paragraphs of unchanged text (their underlines changed), grouped into few calls. */
    void restyle(SortedSet<Integer> paragraphs) {
        flush();
        int count = area.getParagraphs().size();
        int runStart = -1;
        int runEnd = -1;
        for (int p : paragraphs) {
            if (p >= count) {
                break;
            }
            if (runStart >= 0 && p - runEnd > RUN_GAP) {
                restyleRun(runStart, runEnd, count);
                runStart = -1;
            }
            if (runStart < 0) {
                runStart = p;
            }
            runEnd = p;
        }
        if (runStart >= 0) {
            restyleRun(runStart, runEnd, count);
        }
    }

    private void restyleRun(int first, int last, int count) {
        var spans = new StyleSpansBuilder<Collection<String>>();
        int state = startStates[first];
        for (int p = first; p <= last; p++) {
            state = lexParagraph(p, state, count, spans);
        }
        apply(first, last, spans);
    }

    private int lexParagraph(int paragraph, int state, int count, StyleSpansBuilder<Collection<String>> spans) {
        String text = area.getParagraph(paragraph).getText();
        int next = lexer.lex(text, state, (styleClass, length) -> spans.add(classList(styleClass), length));
        if (paragraph < count - 1) {
            spans.add(List.of(), 1);
        }
        return next;
    }

    private Collection<String> classList(String styleClass) {
        return styleClass == null ? List.of() : classLists.computeIfAbsent(styleClass, List::of);
    }

    private void apply(int first, int last, StyleSpansBuilder<Collection<String>> builder) {
        if (last < first) {
            return;
        }
        int from = area.getAbsolutePosition(first, 0);
        int to = area.getAbsolutePosition(last, 0) + area.getParagraphLength(last) + (last < area.getParagraphs().size() - 1 ? 1 : 0);
        if (to <= from) {
            return;
        }
        StyleSpans<Collection<String>> highlight = builder.create();
        StyleSpans<Collection<String>> underlines = layout.get().spans(from, to, first, last);
        StyleSpans<Collection<String>> styles = highlight.overlay(underlines, ParagraphStyler::merge);
        if (last - first < SKIP_CHECK_PARAGRAPHS && runs(styles).equals(runs(area.getStyleSpans(from, to)))) {
            return; // typing inside a token usually keeps the styles: skip rebuilding the paragraph's view
        }
        area.setStyleSpans(from, styles);
    }

    /** Styles as (style set, length) runs with neighbours of equal style merged, for comparing span lists. */
    private static List<Map.Entry<Set<String>, Integer>> runs(StyleSpans<Collection<String>> spans) {
        var runs = new ArrayList<Map.Entry<Set<String>, Integer>>();
        for (var span : spans) {
            if (span.getLength() == 0) {
                continue;
            }
            Set<String> style = Set.copyOf(span.getStyle());
            if (!runs.isEmpty() && runs.getLast().getKey().equals(style)) {
                runs.set(runs.size() - 1, Map.entry(style, runs.getLast().getValue() + span.getLength()));
            } else {
                runs.add(Map.entry(style, span.getLength()));
            }
        }
        return runs;
    }

    private static Collection<String> merge(Collection<String> highlight, Collection<String> underline) {
        if (underline.isEmpty()) {
            return highlight;
        }
        if (highlight.isEmpty()) {
            return underline;
        }
        var both = new ArrayList<String>(highlight.size() + underline.size());
        both.addAll(highlight);
        both.addAll(underline);
        return both;
    }
}
