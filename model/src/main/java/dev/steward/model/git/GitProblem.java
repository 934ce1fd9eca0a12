package dev.steward.model.git;

import java.util.Objects;

/**
 * A Git operation that could not be done, with a message written for the user (what is wrong,
 * where, what to do) and a kind the UI can act on (offer {@code init}, ask for an identity...).
 * Checked, so callers cannot forget that Git calls fail.
 */
public final class GitProblem extends Exception {

    /** What went wrong, for the caller to react to. */
    public enum Kind {
        /** {@code .git/index.lock} exists: another Git process is running or crashed. */
        LOCKED_INDEX,
        /** HEAD points at a commit, not a branch. */
        DETACHED_HEAD,
        /** Neither the Git configuration nor the caller provides a name and email. */
        NO_IDENTITY,
        /** The folder is not inside a Git repository; the caller may offer {@code init}. */
        NOT_A_REPOSITORY,
        /** Uncommitted changes prevent the operation. */
        DIRTY_TREE,
        /** Unresolved conflicts prevent the operation. */
        CONFLICTS,
        /** Nothing is staged. */
        NOTHING_TO_COMMIT,
        /** The caller's progress monitor asked to stop. */
        CANCELLED,
        /** Anything else (bad branch name, I/O error...). */
        OTHER
    }

    private final Kind kind;

    public GitProblem(Kind kind, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public GitProblem(Kind kind, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
