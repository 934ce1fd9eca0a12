package dev.steward.views.review;

import dev.steward.model.diff.DiffReport;
import dev.steward.model.git.GitProblem;
import dev.steward.model.git.Identity;
import dev.steward.model.review.MergeOutcome;
import dev.steward.model.review.ReviewDecision;
import dev.steward.model.review.ReviewRange;
import dev.steward.model.review.ReviewRecord;
import dev.steward.model.review.ReviewStatus;
import dev.steward.model.review.WorkspaceReview;
import java.util.List;
import java.util.Optional;

/**
 * What the review view asks of the repository: the calls of {@link WorkspaceReview}, as an interface
 * so the view-model can be tested with a fake. Every call may block: the view-model makes them off the
 * FX thread. {@link #over(WorkspaceReview)} adapts the real one.
 */
public interface ReviewBackend {

    List<String> branches() throws GitProblem;

    Optional<String> currentBranch() throws GitProblem;

    ReviewRange branchRange(String branch, String target) throws GitProblem;

    DiffReport diff(ReviewRange range, boolean withImpact) throws GitProblem;

    Optional<ReviewRecord> review(String branch) throws GitProblem;

    ReviewRecord comment(String branch, String target, String path, String element, Identity author, String text)
            throws GitProblem;

    ReviewRecord decide(String branch, String target, Identity reviewer, ReviewDecision.Verdict verdict, String note)
            throws GitProblem;

    ReviewStatus status(String branch) throws GitProblem;

    MergeOutcome merge(String branch, String target, Identity who) throws GitProblem;

    MergeOutcome abortMerge() throws GitProblem;

    Optional<Identity> configuredIdentity();

    /** The review API of one workspace's repository, as the view's backend. */
    static ReviewBackend over(WorkspaceReview review) {
        return new ReviewBackend() {
            @Override
            public List<String> branches() throws GitProblem {
                return review.branches();
            }

            @Override
            public Optional<String> currentBranch() throws GitProblem {
                return review.currentBranch();
            }

            @Override
            public ReviewRange branchRange(String branch, String target) throws GitProblem {
                return review.branchRange(branch, target);
            }

            @Override
            public DiffReport diff(ReviewRange range, boolean withImpact) throws GitProblem {
                return review.diff(range, withImpact);
            }

            @Override
            public Optional<ReviewRecord> review(String branch) throws GitProblem {
                return review.review(branch);
            }

            @Override
            public ReviewRecord comment(String branch, String target, String path, String element, Identity author,
                                        String text) throws GitProblem {
                return review.comment(branch, target, path, element, author, text);
            }

            @Override
            public ReviewRecord decide(String branch, String target, Identity reviewer,
                                       ReviewDecision.Verdict verdict, String note) throws GitProblem {
                return review.decide(branch, target, reviewer, verdict, note);
            }

            @Override
            public ReviewStatus status(String branch) throws GitProblem {
                return review.status(branch);
            }

            @Override
            public MergeOutcome merge(String branch, String target, Identity who) throws GitProblem {
                return review.merge(branch, target, who);
            }

            @Override
            public MergeOutcome abortMerge() throws GitProblem {
                return review.abortMerge();
            }

            @Override
            public Optional<Identity> configuredIdentity() {
                return review.configuredIdentity();
            }
        };
    }
}
