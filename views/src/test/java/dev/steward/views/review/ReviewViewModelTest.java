package dev.steward.views.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Severity;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.DiffReport;
import dev.steward.model.git.GitProblem;
import dev.steward.model.git.Identity;
import dev.steward.model.review.MergeOutcome;
import dev.steward.model.review.ReviewDecision;
import dev.steward.model.review.ReviewStatus;
import dev.steward.model.review.Revision;
import dev.steward.views.task.SameThreadTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewViewModelTest {

    final FakeReviewBackend backend = new FakeReviewBackend();
    final List<String> prompts = new ArrayList<>();
    Optional<Identity> promptAnswer = Optional.empty();
    final ReviewViewModel model = new ReviewViewModel(backend, new SameThreadTaskRunner(), reason -> {
        prompts.add(reason);
        return promptAnswer;
    });

    private ChangeNode.Change breakingChange() {
        return find(model.selection().treeProperty().get(), ChangeNode.Change.class, ReviewFixtures.TYPE_MESSAGE);
    }

    static <T extends ChangeNode> T find(ChangeNode node, Class<T> type, String label) {
        if (type.isInstance(node) && node.label().equals(label)) {
            return type.cast(node);
        }
        for (ChangeNode child : node.children()) {
            T found = find(child, type, label);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Test
    void refreshingBranchesPicksTheCurrentBranchIntoMain() {
        model.refreshBranches();

        assertEquals(List.of("feature/amount-as-text", "main"), model.branches());
        assertEquals("feature/amount-as-text", model.branchProperty().get());
        assertEquals("main", model.targetProperty().get());
    }

    @Test
    void openingOnAFeatureBranchReviewsItAtOnceButOnMainOnlyPicksTheBranches() {
        model.openCurrentBranch();
        assertEquals("feature/amount-as-text", model.reviewedBranchProperty().get());

        FakeReviewBackend onMain = new FakeReviewBackend();
        onMain.current = Optional.of("main");
        onMain.branches = List.of("main", "release");
        ReviewViewModel fromMain = new ReviewViewModel(onMain, new SameThreadTaskRunner(), r -> Optional.empty());
        fromMain.openCurrentBranch();
        assertEquals("main", fromMain.branchProperty().get());
        assertEquals("release", fromMain.targetProperty().get(), "a branch other than the one to review");
        assertTrue(onMain.calls.isEmpty(), "nothing compared: " + onMain.calls);
        assertEquals("", fromMain.reviewedBranchProperty().get());
    }

    @Test
    void openingABranchShowsCountsVersionProblemsAndTheFirstArtifactsChangeTree() {
        model.openBranch("feature/amount-as-text", "main");

        assertEquals("", model.errorProperty().get());
        assertEquals("1 breaking · 0 warnings · 1 info in 1 artifact (1 other file changed)", model.summaryProperty().get());
        assertEquals(List.of(new ReviewSummary.VersionProblem(Severity.ERROR,
                ReviewFixtures.PATH + ": a breaking change needs a new major version: 1.1.0 → 2.0.0")), model.versionProblems());
        assertEquals(ReviewFixtures.PATH, model.selection().artifactProperty().get().path());
        assertEquals("feature/amount-as-text", model.reviewedBranchProperty().get());
        assertEquals(ReviewStatus.NONE, model.statusProperty().get());
        assertEquals("merge base 0123456 → feature/amount-as-text", model.rangeLabelProperty().get());
        assertTrue(model.canDecideProperty().get());

        ChangeNode.Group root = model.selection().treeProperty().get();
        assertEquals(ReviewFixtures.PATH, root.label());
        ChangeNode.Group orders = assertInstanceOf(ChangeNode.Group.class, root.children().getFirst());
        assertEquals("schema.orders", orders.label(), "single levels are compacted");
        ChangeNode.Group amount = assertInstanceOf(ChangeNode.Group.class, orders.children().getFirst());
        assertEquals("properties.amount", amount.label());
        ChangeNode.Change type = assertInstanceOf(ChangeNode.Change.class, amount.children().getFirst());
        assertEquals(ChangeSeverity.BREAKING, type.change().severity());
        ChangeNode.Impact revenue = assertInstanceOf(ChangeNode.Impact.class, type.children().getFirst());
        assertEquals("metric revenue — owners: finance-analytics (orders.amount → fct_orders → revenue)", revenue.label());
        assertEquals("quality rule added", orders.children().get(1).label());
    }

    @Test
    void selectingTheBreakingChangeScrollsToItsLineAndNamesTheCommentTarget() {
        model.openBranch("feature/amount-as-text", "main");
        assertEquals("", model.selection().commentTargetProperty().get());
        assertEquals(ReviewFixtures.AMOUNT_TYPE_LINE, model.selection().lines().get(model.selection().scrollRowProperty().get())
                .right().orElseThrow().newLineNo(), "the text opens at the first change");
        model.selection().select(model.selection().treeProperty().get().children().getFirst().children().get(1));
        assertEquals(ReviewFixtures.lineOf(ReviewFixtures.HEAD, "quality:"), model.selection().lines()
                .get(model.selection().scrollRowProperty().get()).right().orElseThrow().newLineNo(), "quality rule added");

        model.selection().select(breakingChange());

        int row = model.selection().scrollRowProperty().get();
        ReviewLine line = model.selection().lines().get(row);
        assertEquals(ReviewFixtures.AMOUNT_TYPE_LINE, line.right().orElseThrow().newLineNo());
        assertEquals("    logicalType: string", line.right().orElseThrow().text().substring(4));
        assertEquals(Optional.of(ChangeSeverity.BREAKING), line.rightMark());
        assertEquals(Optional.of(ChangeSeverity.BREAKING), line.leftMark());
        assertEquals(List.of("breaking: " + ReviewFixtures.TYPE_MESSAGE), line.notes());
        assertEquals("Comment on `" + ReviewFixtures.TYPE_ELEMENT + "`", model.selection().commentTargetProperty().get());
    }

    @Test
    void aCommentIsWrittenOnTheSelectedElementAndShownUnderItsChange() {
        List<String> changed = new ArrayList<>();
        model.setOnReviewChanged(() -> changed.add("git panel"));
        model.openBranch("feature/amount-as-text", "main");
        model.selection().select(breakingChange());
        assertFalse(model.canCommentProperty().get(), "nothing written yet");
        model.commentTextProperty().set("Consumers sum this column; keep it a number.");
        assertTrue(model.canCommentProperty().get());

        model.comment();

        assertEquals(List.of("diff " + FakeReviewBackend.MERGE_BASE + " → feature/amount-as-text",
                "comment " + ReviewFixtures.PATH + " " + ReviewFixtures.TYPE_ELEMENT), backend.calls);
        assertEquals("Grace Reviewer <grace@example.com>", backend.records.get("feature/amount-as-text").comments().getFirst().author());
        assertEquals("", model.commentTextProperty().get());
        assertEquals(ReviewStatus.IN_REVIEW, model.statusProperty().get());
        ChangeNode.Change type = breakingChange();
        assertEquals("Grace Reviewer <grace@example.com>: Consumers sum this column; keep it a number.",
                type.children().getLast().label());
        assertEquals(type, model.selection().nodeProperty().get(), "the selection stays on the change");
        assertEquals(List.of("git panel"), changed);
        assertTrue(prompts.isEmpty(), "Git knows who is reviewing");
    }

    @Test
    void approvingAndRequestingChangesRecordTheReviewerAndTheNote() {
        model.openBranch("feature/amount-as-text", "main");
        model.decisionNoteProperty().set("Bump to 2.0.0 first");
        model.requestChanges();
        assertEquals(ReviewStatus.CHANGES_REQUESTED, model.statusProperty().get());
        ReviewDecision first = backend.records.get("feature/amount-as-text").decisions().getFirst();
        assertEquals("Bump to 2.0.0 first", first.note());
        assertEquals("Grace Reviewer <grace@example.com>", first.reviewer());

        model.approve();

        assertEquals(ReviewStatus.APPROVED, model.statusProperty().get());
        assertEquals("Approved feature/amount-as-text as Grace Reviewer.", model.infoProperty().get());
    }

    @Test
    void withoutAGitIdentityTheReviewerIsAskedOnceAndACancelWritesNothing() {
        backend.identity = Optional.empty();
        model.openBranch("feature/amount-as-text", "main");

        model.approve();
        assertEquals(1, prompts.size());
        assertTrue(backend.records.isEmpty());
        assertEquals("Nothing was written: a review needs your name and email.", model.errorProperty().get());

        promptAnswer = Optional.of(new Identity("Ada Lovelace", "ada@example.org"));
        model.approve();
        model.requestChanges();
        assertEquals(2, prompts.size(), "asked again after the cancel, then remembered");
        assertEquals("Ada Lovelace <ada@example.org>", backend.records.get("feature/amount-as-text").decisions().getLast().reviewer());
    }

    @Test
    void aBranchReviewNeedsTwoDifferentBranches() {
        model.openBranch("main", "main");

        assertEquals("Pick the branch to review and the branch it merges into; they must differ.", model.errorProperty().get());
        assertTrue(backend.calls.isEmpty());
        assertNull(model.reportProperty().get());
    }

    @Test
    void theWorkingTreeIsComparedWithHeadAndCannotBeApproved() {
        model.modeProperty().set(ReviewMode.WORKING_TREE);
        model.open();

        assertEquals(Revision.workingTree(), backend.diffed.getFirst().head());
        assertEquals(Revision.of("HEAD"), backend.diffed.getFirst().base());
        assertEquals("HEAD → working tree", model.rangeLabelProperty().get());
        assertEquals("", model.reviewedBranchProperty().get());
        assertFalse(model.canDecideProperty().get());
        model.approve();
        assertEquals("Only a branch can be approved or sent back: open it in Branch mode.", model.errorProperty().get());
    }

    @Test
    void twoRevisionsAreComparedAsWritten() {
        model.modeProperty().set(ReviewMode.COMMITS);
        model.baseRevisionProperty().set(" v1.0 ");
        model.headRevisionProperty().set("HEAD~2");
        model.open();
        assertEquals("v1.0 → HEAD~2", backend.diffed.getFirst().label());

        model.headRevisionProperty().set("");
        model.open();
        assertEquals("Give both revisions to compare: a branch, tag, commit id or HEAD~n.", model.errorProperty().get());
        assertEquals(1, backend.diffed.size());
    }

    @Test
    void aFailureIsOneLineWithTheProblemsMessage() {
        backend.failDiff = new GitProblem(GitProblem.Kind.OTHER, "Revision nope is not known to Git: give a branch, tag or commit id.");
        model.openBranch("feature/amount-as-text", "main");

        assertEquals("Revision nope is not known to Git: give a branch, tag or commit id.", model.errorProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void anOlderLoadFinishingLastIsDropped() {
        QueuedTaskRunner queue = new QueuedTaskRunner();
        ReviewViewModel slow = new ReviewViewModel(backend, queue, r -> Optional.empty());
        DiffReport older = new DiffReport("a", "b", List.of(), List.of());
        slow.modeProperty().set(ReviewMode.WORKING_TREE);
        slow.open();
        backend.report = older;
        queue.queued.getFirst().run(); // the older request's work reads `older`...
        assertEquals(older, slow.reportProperty().get());
        slow.open();
        slow.open();
        backend.report = ReviewFixtures.report("HEAD", "working tree");
        queue.queued.get(2).run();
        DiffReport newest = slow.reportProperty().get();
        backend.report = older;
        queue.queued.get(1).run(); // ...and a stale one finishing last changes nothing
        assertEquals(newest, slow.reportProperty().get());
        assertEquals(1, slow.artifacts().size());
        assertTrue(slow.busyProperty().not().get());
    }

    @Test
    void aMergeWithConflictsIsReportedAndCanBeAborted() {
        backend.mergeOutcome = new MergeOutcome(MergeOutcome.Status.CONFLICTS,
                "Resolve the conflicts, stage the files and commit; or abort the merge.", Optional.empty(),
                List.of(new MergeOutcome.ConflictFile(ReviewFixtures.PATH, 1, List.of(13))));
        model.openBranch("feature/amount-as-text", "main");
        assertFalse(model.canMergeProperty().get(), "not approved yet");
        model.merge();
        assertTrue(model.errorProperty().get().startsWith("Approve the review before merging"), model.errorProperty().get());
        assertTrue(backend.calls.stream().noneMatch(c -> c.startsWith("merge ")), "nothing merged");

        model.approve();
        assertTrue(model.canMergeProperty().get());
        model.merge();
        assertEquals(MergeOutcome.Status.CONFLICTS, model.mergeOutcomeProperty().get().status());
        assertEquals("merge feature/amount-as-text into main as Grace Reviewer", backend.calls.getLast());

        model.abortMerge();
        assertEquals(MergeOutcome.Status.ABORTED, model.mergeOutcomeProperty().get().status());
        assertEquals("Merge aborted: main is as it was.", model.infoProperty().get());
    }
}
