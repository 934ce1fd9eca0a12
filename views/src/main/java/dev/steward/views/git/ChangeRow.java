package dev.steward.views.git;

import dev.steward.model.git.FileChange;
import dev.steward.model.git.GitStatus;
import java.util.ArrayList;
import java.util.List;

/** A row of the changes list: a group header or one file in a group. */
public sealed interface ChangeRow {

    ChangeGroup group();

    /** The title row of a group, with how many files it holds. */
    record Header(ChangeGroup group, int count) implements ChangeRow {
    }

    /** One file; a file both staged and edited again appears under Staged and under Changes. */
    record Entry(ChangeGroup group, FileChange change) implements ChangeRow {

        /**
         * The badge letter for this group: the net change against HEAD, except that a file staged
         * and then edited again shows, under Changes, what the working tree did to it (M or D).
         */
        public String letter() {
            if (group == ChangeGroup.CHANGES && change.staged()) {
                return change.kind() == FileChange.Kind.DELETED ? "D" : "M";
            }
            return change.kind().letter();
        }
    }

    /** The rows for {@code status}: each non-empty group as a header followed by its files. */
    static List<ChangeRow> of(GitStatus status) {
        List<ChangeRow> rows = new ArrayList<>();
        add(rows, ChangeGroup.CONFLICTS, status.conflicting());
        add(rows, ChangeGroup.STAGED, status.staged());
        add(rows, ChangeGroup.CHANGES, status.unstaged());
        add(rows, ChangeGroup.UNTRACKED, status.untracked());
        return rows;
    }

    private static void add(List<ChangeRow> rows, ChangeGroup group, List<FileChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        rows.add(new Header(group, changes.size()));
        changes.forEach(c -> rows.add(new Entry(group, c)));
    }
}
