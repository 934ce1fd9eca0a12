package dev.steward.views.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.text.TextEdit;
import java.util.List;
import org.fxmisc.richtext.model.PlainTextChange;
import org.junit.jupiter.api.Test;

class DiagnosticShiftTest {
    private static final String TEXT = "name: x\nstatus: bogus\n";

    private static Diagnostic onBogus(List<QuickFix> fixes) {
        int start = TEXT.indexOf("bogus");
        return new Diagnostic(null, ParagraphLocator.of(TEXT).range(start, start + 5), Severity.ERROR, "r", "m", fixes);
    }

    private static List<Diagnostic> shift(Diagnostic d, String before, int position, String removed, String inserted) {
        String after = before.substring(0, position) + inserted + before.substring(position + removed.length());
        return DiagnosticShift.apply(List.of(d), List.of(new PlainTextChange(position, removed, inserted)), ParagraphLocator.of(after));
    }

    @Test
    void newLineAboveMovesTheRangeDownALine() {
        var shifted = shift(onBogus(List.of()), TEXT, 0, "", "# c\n").getFirst();
        assertEquals(TEXT.indexOf("bogus") + 4, shifted.range().startOffset());
        assertEquals(3, shifted.line());
        assertEquals(9, shifted.column());
    }

    @Test
    void editAfterTheRangeLeavesIt() {
        var d = onBogus(List.of());
        assertEquals(d.range(), shift(d, TEXT, TEXT.length(), "", "x: 1\n").getFirst().range());
    }

    @Test
    void typingInsideTheRangeGrowsIt() {
        int inside = TEXT.indexOf("bogus") + 2;
        var shifted = shift(onBogus(List.of()), TEXT, inside, "", "ZZ").getFirst();
        assertEquals(7, shifted.range().length());
    }

    @Test
    void typingRightAfterTheRangeDoesNotGrowIt() {
        int end = TEXT.indexOf("bogus") + 5;
        assertEquals(5, shift(onBogus(List.of()), TEXT, end, "", "!").getFirst().range().length());
    }

    @Test
    void fixesMoveWithTheTextOrAreDroppedWhenTheirTextWasEdited() {
        int start = TEXT.indexOf("bogus");
        var fix = new QuickFix("Use active", List.of(TextEdit.replace(start, start + 5, "active")));
        var moved = shift(onBogus(List.of(fix)), TEXT, 0, "", "ab").getFirst();
        assertEquals(start + 2, moved.fixes().getFirst().edits().getFirst().offset());
        var edited = shift(onBogus(List.of(fix)), TEXT, start + 1, "o", "").getFirst();
        assertTrue(edited.fixes().isEmpty());
    }
}
