package dev.steward.views.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagnosticLayoutTest {
    private static final String TEXT = "a: 1\nbb: 2\n\nc: 3";
    private static final ParagraphLocator LINES = ParagraphLocator.of(TEXT);

    private static Diagnostic diag(int start, int end, Severity severity) {
        return new Diagnostic(null, LINES.range(start, end), severity, "rule", "message");
    }

    /** Style of each char of the text, "" when not underlined. */
    private static List<String> styles(DiagnosticLayout layout) {
        var out = new ArrayList<String>();
        var spans = layout.spans(0, TEXT.length(), 0, LINES.paragraphCount() - 1);
        for (var span : spans) {
            Collection<String> style = span.getStyle();
            for (int i = 0; i < span.getLength(); i++) {
                out.add(style.isEmpty() ? "" : style.iterator().next());
            }
        }
        return out;
    }

    @Test
    void multiLineRangeIsUnderlinedOnItsFirstLineOnly() {
        var layout = DiagnosticLayout.of(List.of(diag(3, 9, Severity.ERROR)), LINES);
        var styles = styles(layout);
        assertEquals("diagnostic-error", styles.get(3));
        assertEquals("", styles.get(4), "the line break is not underlined");
        assertEquals("", styles.get(5), "the second line is not underlined");
        assertEquals(List.of(0), List.copyOf(layout.paragraphsDifferingFrom(DiagnosticLayout.EMPTY)));
    }

    @Test
    void emptyRangeUnderlinesOneCharAndEmptyLineOnlyGetsAMarker() {
        var layout = DiagnosticLayout.of(List.of(diag(5, 5, Severity.WARNING), diag(11, 11, Severity.INFO)), LINES);
        assertEquals("diagnostic-warning", styles(layout).get(5));
        assertEquals(List.of(), layout.underlinesOn(2));
        assertEquals(Optional.of(Severity.INFO), layout.worstOn(2));
    }

    @Test
    void overlapShowsTheWorstSeverity() {
        var layout = DiagnosticLayout.of(List.of(diag(5, 10, Severity.WARNING), diag(6, 8, Severity.ERROR)), LINES);
        var styles = styles(layout);
        assertEquals("diagnostic-warning", styles.get(5));
        assertEquals("diagnostic-error", styles.get(6));
        assertEquals("diagnostic-warning", styles.get(8));
        assertEquals(2, layout.at(1, 6).size());
        assertEquals(Optional.of(Severity.ERROR), layout.worstOn(1));
    }

    @Test
    void onlyParagraphsWhoseUnderlinesChangedAreDirty() {
        var before = DiagnosticLayout.of(List.of(diag(0, 1, Severity.ERROR), diag(5, 7, Severity.ERROR)), LINES);
        var same = DiagnosticLayout.of(List.of(diag(0, 1, Severity.ERROR), diag(5, 7, Severity.ERROR)), LINES);
        var moved = DiagnosticLayout.of(List.of(diag(0, 1, Severity.ERROR), diag(12, 13, Severity.ERROR)), LINES);
        assertTrue(same.paragraphsDifferingFrom(before).isEmpty());
        assertEquals(Set.of(1, 3), Set.copyOf(moved.paragraphsDifferingFrom(before)));
    }
}
