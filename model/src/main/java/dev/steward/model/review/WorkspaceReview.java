package dev.steward.model.review;

import dev.steward.model.diff.DiffReport;
import dev.steward.model.git.GitProblem;
import dev.steward.model.git.Identity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reviews in one workspace's Git repository: the entry point for the studio's review view and the
 * {@code steward diff|breaking|changelog} commands. All methods may block; call them off the FX thread.
 * SKELETON: signatures agreed between helpers; the review helper implements the bodies.
 */
public final class WorkspaceReview implements AutoCloseable {

    private WorkspaceReview() {
    }

    /** The repository holding {@code workspace} (the workspace may be a sub-folder of it). */
    public static WorkspaceReview open(Path workspace) throws GitProblem {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Local branch names, current first. */
    public List<String> branches() throws GitProblem {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The checked-out branch, empty on a detached HEAD. */
    public Optional<String> currentBranch() throws GitProblem {
        throw new UnsupportedOperationException("not built yet");
    }

    /** {@code branch} against its merge base with {@code target}: base is the merge-base commit, head the branch. */
    public ReviewRange branchRange(String branch, String target) throws GitProblem {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * The semantic diff of the workspace's artifact files between {@code range}'s sides, each breaking
     * change with its blast radius when {@code withImpact}. Unknown revisions fail with a message naming them.
     */
    public DiffReport diff(ReviewRange range, boolean withImpact) throws GitProblem {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The stored review of {@code branch}, empty when there is none yet. */
    public Optional<ReviewRecord> review(String branch) throws GitProblem {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Adds a comment to the review file of {@code branch} (created when missing) and returns the review. */
    public ReviewRecord comment(String branch, String target, String path, String element, Identity author, String text)
            throws GitProblem {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Records {@code reviewer}'s verdict on the branch's current head. */
    public ReviewRecord decide(String branch, String target, Identity reviewer, ReviewDecision.Verdict verdict, String note)
            throws GitProblem {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Where {@code branch}'s review stands (approval at an older head is stale). */
    public ReviewStatus status(String branch) throws GitProblem {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Merges {@code branch} into {@code target} (checked out first when the tree is clean). */
    public MergeOutcome merge(String branch, String target, Identity who) throws GitProblem {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Aborts a merge left with conflicts: resets to the target's head. */
    public MergeOutcome abortMerge() throws GitProblem {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The identity configured in Git, if any. */
    public Optional<Identity> configuredIdentity() {
        throw new UnsupportedOperationException("not built yet");
    }

    @Override
    public void close() {
    }
}
