package dev.steward.model.git;

import java.util.List;

/**
 * The outcome of a branch switch. When changes were carried over with a stash and re-applying
 * them conflicted, {@code conflicts} lists the files and {@code stashKept} is true: the edits are
 * still in the stash, so nothing is lost. {@code message} says this in words for the user.
 */
public record SwitchResult(String branch, boolean stashUsed, boolean stashKept, List<String> conflicts, String message) {
    public SwitchResult {
        conflicts = List.copyOf(conflicts);
    }

    public boolean clean() {
        return conflicts.isEmpty() && !stashKept;
    }
}
