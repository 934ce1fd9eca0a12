package dev.steward.views.review;

import dev.steward.model.diff.DiffReport;
import dev.steward.model.git.GitProblem;
import dev.steward.model.git.Identity;
import dev.steward.model.review.MergeOutcome;
import dev.steward.model.review.ReviewComment;
import dev.steward.model.review.ReviewDecision;
import dev.steward.model.review.ReviewRange;
import dev.steward.model.review.ReviewRecord;
import dev.steward.model.review.ReviewStatus;
import dev.steward.model.review.Revision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reviews kept in memory: the diffs it returns are set by the test; comments and decisions are recorded. */
final class FakeReviewBackend implements ReviewBackend {

    static final String MERGE_BASE = "0123456789abcdef0123456789abcdef01234567";

    List<String> branches = List.of("feature/amount-as-text", "main");
    Optional<String> current = Optional.of("feature/amount-as-text");
    Optional<Identity> identity = Optional.of(new Identity("Grace Reviewer", "grace@example.com"));
    DiffReport report = ReviewFixtures.report("main", "feature/amount-as-text");
    GitProblem failDiff;
    MergeOutcome mergeOutcome = new MergeOutcome(MergeOutcome.Status.MERGED, "Merged.", Optional.of("abc"), List.of());
    final Map<String, ReviewRecord> records = new HashMap<>();
    final List<ReviewRange> diffed = new ArrayList<>();
    final List<String> calls = new ArrayList<>();

    @Override
    public List<String> branches() {
        return branches;
    }

    @Override
    public Optional<String> currentBranch() {
        return current;
    }

    @Override
    public ReviewRange branchRange(String branch, String target) throws GitProblem {
        if (!branches.contains(branch) || !branches.contains(target)) {
            throw new GitProblem(GitProblem.Kind.OTHER, "No branch " + branch + " or " + target + ".");
        }
        return new ReviewRange(Revision.of(MERGE_BASE), Revision.of(branch));
    }

    @Override
    public DiffReport diff(ReviewRange range, boolean withImpact) throws GitProblem {
        calls.add("diff " + range.label());
        diffed.add(range);
        if (failDiff != null) {
            throw failDiff;
        }
        return report;
    }

    @Override
    public Optional<ReviewRecord> review(String branch) {
        return Optional.ofNullable(records.get(branch));
    }

    @Override
    public ReviewRecord comment(String branch, String target, String path, String element, Identity author, String text) {
        calls.add("comment " + path + " " + element);
        ReviewRecord was = records.getOrDefault(branch, new ReviewRecord(branch, target, List.of(), List.of()));
        List<ReviewComment> comments = new ArrayList<>(was.comments());
        comments.add(new ReviewComment("c" + (comments.size() + 1), path, element, author.toString(), Instant.EPOCH, text));
        ReviewRecord now = new ReviewRecord(branch, target, comments, was.decisions());
        records.put(branch, now);
        return now;
    }

    @Override
    public ReviewRecord decide(String branch, String target, Identity reviewer, ReviewDecision.Verdict verdict, String note) {
        calls.add("decide " + verdict);
        ReviewRecord was = records.getOrDefault(branch, new ReviewRecord(branch, target, List.of(), List.of()));
        List<ReviewDecision> decisions = new ArrayList<>(was.decisions());
        decisions.add(new ReviewDecision(reviewer.toString(), verdict, Instant.EPOCH, "head", note));
        ReviewRecord now = new ReviewRecord(branch, target, was.comments(), decisions);
        records.put(branch, now);
        return now;
    }

    @Override
    public ReviewStatus status(String branch) {
        ReviewRecord r = records.get(branch);
        if (r == null) {
            return ReviewStatus.NONE;
        }
        if (r.decisions().isEmpty()) {
            return ReviewStatus.IN_REVIEW;
        }
        return r.decisions().getLast().verdict() == ReviewDecision.Verdict.APPROVED
                ? ReviewStatus.APPROVED : ReviewStatus.CHANGES_REQUESTED;
    }

    @Override
    public MergeOutcome merge(String branch, String target, Identity who) {
        calls.add("merge " + branch + " into " + target + " as " + who.name());
        return mergeOutcome;
    }

    @Override
    public MergeOutcome abortMerge() {
        calls.add("abort");
        return new MergeOutcome(MergeOutcome.Status.ABORTED, "Merge aborted: main is as it was.", Optional.empty(), List.of());
    }

    @Override
    public Optional<Identity> configuredIdentity() {
        return identity;
    }
}
