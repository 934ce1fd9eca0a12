package dev.steward.views.editor;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.model.PlainTextChange;

/**
 * Moves diagnostics (and the edits of their quick fixes) along with edits of the text, so that
 * underlines follow the text until fresh validation results arrive. A quick fix whose edits
 * overlap the edited text is dropped: it was computed for text that no longer exists.
 */
final class DiagnosticShift {
    private DiagnosticShift() {
    }

    /**
     * Shifts {@code diagnostics} across {@code changes} (applied in order, each in the coordinates
     * left by the one before) and recomputes lines and columns with {@code after}, the text after
     * all changes.
     */
    static List<Diagnostic> apply(List<Diagnostic> diagnostics, List<PlainTextChange> changes, ParagraphLocator after) {
        if (diagnostics.isEmpty() || changes.isEmpty()) {
            return diagnostics;
        }
        var shifted = new ArrayList<Diagnostic>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            int start = d.range().startOffset();
            int end = d.range().endOffset();
            List<QuickFix> fixes = d.fixes();
            for (PlainTextChange c : changes) {
                int removed = c.getRemovalEnd() - c.getPosition();
                int inserted = c.getInsertionEnd() - c.getPosition();
                int newStart = TextShift.start(start, c.getPosition(), removed, inserted);
                end = Math.max(newStart, TextShift.end(end, c.getPosition(), removed, inserted));
                start = newStart;
                fixes = shiftFixes(fixes, c.getPosition(), removed, inserted);
            }
            shifted.add(new Diagnostic(d.path(), after.range(start, end), d.severity(), d.rule(), d.message(), fixes));
        }
        return List.copyOf(shifted);
    }

    private static List<QuickFix> shiftFixes(List<QuickFix> fixes, int position, int removed, int inserted) {
        if (fixes.isEmpty()) {
            return fixes;
        }
        var kept = new ArrayList<QuickFix>(fixes.size());
        for (QuickFix fix : fixes) {
            var edits = new ArrayList<TextEdit>(fix.edits().size());
            for (TextEdit e : fix.edits()) {
                if (e.end() <= position) {
                    edits.add(e);
                } else if (e.offset() >= position + removed) {
                    edits.add(new TextEdit(e.offset() + inserted - removed, e.length(), e.replacement()));
                } else {
                    edits = null;
                    break;
                }
            }
            if (edits != null) {
                kept.add(new QuickFix(fix.title(), edits));
            }
        }
        return kept;
    }
}
