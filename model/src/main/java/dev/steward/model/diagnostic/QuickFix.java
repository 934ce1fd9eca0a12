package dev.steward.model.diagnostic;

import dev.steward.model.text.TextEdit;
import java.util.List;

/** A fix the user can apply with one click: a title and the text edits on the diagnostic's file. */
public record QuickFix(String title, List<TextEdit> edits) {
    public QuickFix {
        edits = List.copyOf(edits);
    }
}
