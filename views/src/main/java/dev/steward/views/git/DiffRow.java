package dev.steward.views.git;

import dev.steward.model.git.DiffLine;
import dev.steward.model.git.FileDiff;
import dev.steward.model.git.Hunk;
import dev.steward.model.git.SideBySideRow;
import java.util.ArrayList;
import java.util.List;

/** A row of the diff view: a hunk header, a unified line, a side-by-side pair, or a note. */
public sealed interface DiffRow {

    record HunkHeader(String text) implements DiffRow {
    }

    record Unified(DiffLine line) implements DiffRow {
    }

    record Split(SideBySideRow row) implements DiffRow {
    }

    /** A sentence in place of lines (binary file, no changes). */
    record Note(String text) implements DiffRow {
    }

    static List<DiffRow> unified(FileDiff diff) {
        return rows(diff, false);
    }

    static List<DiffRow> sideBySide(FileDiff diff) {
        return rows(diff, true);
    }

    private static List<DiffRow> rows(FileDiff diff, boolean split) {
        List<DiffRow> rows = new ArrayList<>();
        if (diff.binary()) {
            rows.add(new Note("Binary file: the contents differ."));
            return rows;
        }
        if (diff.hunks().isEmpty()) {
            rows.add(new Note("No changes."));
            return rows;
        }
        for (Hunk hunk : diff.hunks()) {
            rows.add(new HunkHeader(hunk.header()));
            if (split) {
                FileDiff.sideBySide(hunk).forEach(r -> rows.add(new Split(r)));
            } else {
                hunk.lines().forEach(l -> rows.add(new Unified(l)));
            }
        }
        return rows;
    }
}
