package dev.steward.model.review;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What merging a branch did. On {@link Status#CONFLICTS} the repository is left merging, with
 * conflict markers in {@code conflicts}, and {@code message} says how to finish (resolve, stage,
 * commit) or abort; nothing is ever left half-merged silently.
 */
public record MergeOutcome(Status status, String message, Optional<String> commitId, List<ConflictFile> conflicts) {

    public enum Status { MERGED, FAST_FORWARD, ALREADY_UP_TO_DATE, CONFLICTS, REFUSED, ABORTED }

    /** One file with conflicts: the line ranges (1-based, in the working-tree file) of each conflict. */
    public record ConflictFile(String path, int conflictCount, List<Integer> conflictStartLines) {
        public ConflictFile {
            Objects.requireNonNull(path, "path");
            conflictStartLines = List.copyOf(conflictStartLines);
        }
    }

    public MergeOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(commitId, "commitId");
        conflicts = List.copyOf(conflicts);
    }
}
