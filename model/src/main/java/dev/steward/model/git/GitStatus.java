package dev.steward.model.git;

import java.util.List;
import java.util.Optional;

/**
 * A snapshot of the repository: the current branch (or the short commit id when {@code detached}),
 * the HEAD commit (empty before the first commit), every changed file sorted by path, and the
 * operation in progress.
 */
public record GitStatus(String branch, boolean detached, Optional<String> headCommitId,
                        List<FileChange> changes, RepositoryOperation repositoryState) {

    public GitStatus {
        changes = List.copyOf(changes);
    }

    public List<FileChange> staged() {
        return changes.stream().filter(FileChange::staged).toList();
    }

    /** Tracked files edited (or deleted) in the working tree but not staged. */
    public List<FileChange> unstaged() {
        return changes.stream()
                .filter(c -> c.unstaged() && c.kind() != FileChange.Kind.UNTRACKED && c.kind() != FileChange.Kind.CONFLICTING)
                .toList();
    }

    public List<FileChange> untracked() {
        return ofKind(FileChange.Kind.UNTRACKED);
    }

    public List<FileChange> conflicting() {
        return ofKind(FileChange.Kind.CONFLICTING);
    }

    public boolean isClean() {
        return changes.isEmpty();
    }

    private List<FileChange> ofKind(FileChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }
}
