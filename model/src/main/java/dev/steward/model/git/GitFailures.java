package dev.steward.model.git;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.errors.CheckoutConflictException;
import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Repository;

/** Turns JGit failures into {@link GitProblem}s with messages a user can act on (also used by {@code model.review}). */
public final class GitFailures {

    static final String LOCKED_INDEX_MESSAGE =
            "Another Git process is running: .git/index.lock exists. If none is running, delete the lock file.";

    private GitFailures() {
    }

    /** Fails fast when another process holds the index lock. */
    public static void requireUnlocked(Repository repo) throws GitProblem {
        if (indexLocked(repo)) {
            throw new GitProblem(GitProblem.Kind.LOCKED_INDEX, LOCKED_INDEX_MESSAGE + " (" + lockFile(repo) + ")");
        }
    }

    static void requireNotCancelled(ProgressMonitor monitor, String action) throws GitProblem {
        if (monitor != null && monitor.isCancelled()) {
            throw new GitProblem(GitProblem.Kind.CANCELLED, "Cancelled: " + action + " was stopped before it finished.");
        }
    }

    /** The problem for {@code failure} raised while doing {@code action} (e.g. "stage files"). */
    public static GitProblem of(Repository repo, String action, Throwable failure) {
        if (failure instanceof GitProblem problem) {
            return problem;
        }
        if (indexLocked(repo) || causedBy(failure, LockFailedException.class)) {
            return new GitProblem(GitProblem.Kind.LOCKED_INDEX, LOCKED_INDEX_MESSAGE + " (" + lockFile(repo) + ")", failure);
        }
        if (failure instanceof CheckoutConflictException conflict) {
            return new GitProblem(GitProblem.Kind.DIRTY_TREE, "Could not " + action + ": local changes to "
                    + String.join(", ", conflict.getConflictingPaths())
                    + " would be overwritten. Commit or stash them first.", failure);
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new GitProblem(GitProblem.Kind.OTHER, "Could not " + action + ": " + detail, failure);
    }

    private static boolean indexLocked(Repository repo) {
        return Files.exists(lockFile(repo));
    }

    private static Path lockFile(Repository repo) {
        return repo.getDirectory().toPath().resolve("index.lock");
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
