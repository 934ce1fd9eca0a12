package dev.steward.views.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.review.MergeOutcome;
import dev.steward.model.review.ReviewDecision;
import dev.steward.views.export.PngExport;
import dev.steward.views.task.FxTaskRunner;
import dev.steward.views.theme.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A reviewer opens a branch in the review view, selects the breaking change, comments and approves. */
@ExtendWith(ApplicationExtension.class)
class ReviewViewFxTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final FakeReviewBackend backend = new FakeReviewBackend();
    private ReviewViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new ReviewViewModel(backend, new FxTaskRunner(executor), reason -> Optional.empty());
        Scene scene = new Scene(new ReviewView(model), 1280, 820);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
        model.refreshBranches();
    }

    @AfterEach
    void stop() throws Exception {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void waitUntil(String what, java.util.function.BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }

    private Path snapshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> PngExport.write(stage.getScene(), Path.of("target", "snapshots", name)))
                .get(20, TimeUnit.SECONDS);
    }

    @Test
    void selectTheBreakingChangeCommentAndApprove(FxRobot robot) throws Exception {
        waitUntil("the branches are read", () -> "main".equals(model.targetProperty().get()));
        robot.clickOn("#reviewCompare");
        waitUntil("the review is open", () -> model.selection().treeProperty().get() != null);
        assertEquals("1 breaking · 0 warnings · 1 info in 1 artifact (1 other file changed)",
                robot.lookup("#reviewSummary").queryAs(Label.class).getText());

        TreeCell<?> breaking = robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getItem() instanceof ChangeNode.Change ch && ch.label().equals(ReviewFixtures.TYPE_MESSAGE))
                .findFirst().orElseThrow(() -> new AssertionError("the breaking change is shown in the tree"));
        robot.clickOn(breaking);
        waitUntil("the change is selected", () -> model.selection().nodeProperty().get() instanceof ChangeNode.Change);
        assertEquals("Comment on `" + ReviewFixtures.TYPE_ELEMENT + "`",
                robot.lookup("#reviewCommentTarget").queryAs(Label.class).getText());
        assertTrue(robot.lookup(".change-marker").queryAll().stream()
                .anyMatch(n -> n.getPseudoClassStates().contains(SeverityBadges.pseudoClass(
                        dev.steward.model.diff.ChangeSeverity.BREAKING))), "a breaking marker is in the margin");

        // hovering the marked line tells what changed there
        javafx.scene.Node marked = robot.lookup(".change-marker").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(SeverityBadges.pseudoClass(
                        dev.steward.model.diff.ChangeSeverity.BREAKING))).findFirst().orElseThrow().getParent();
        robot.moveTo(marked);
        waitUntil("the tooltip shows the message", () -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()
                        && t.getText().equals("breaking: " + ReviewFixtures.TYPE_MESSAGE)));
        WaitForAsyncUtils.asyncFx(() -> dev.steward.views.testing.Snapshots.write(stage,
                javafx.stage.Window.getWindows().stream().filter(w -> w != stage).toList(),
                Path.of("target", "snapshots", "review-view-marker-tooltip.png"))).get(20, TimeUnit.SECONDS);

        robot.clickOn("#reviewCommentText").write("Revenue sums this column: keep it a number.");
        robot.clickOn("#reviewCommentButton");
        waitUntil("the comment is in the tree", () -> robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .anyMatch(c -> c.getItem() instanceof ChangeNode.Comment));
        snapshot("review-view-comment.png");

        robot.clickOn("#reviewDecisionNote").write("Fine once revenue casts it.");
        robot.clickOn("#reviewApprove");
        waitUntil("the review is approved", () -> "Approved".equals(robot.lookup("#reviewStatus").queryAs(Label.class).getText()));
        ReviewDecision decision = backend.records.get("feature/amount-as-text").decisions().getLast();
        assertEquals(ReviewDecision.Verdict.APPROVED, decision.verdict());
        assertEquals("Fine once revenue casts it.", decision.note());
        assertEquals("Revenue sums this column: keep it a number.",
                backend.records.get("feature/amount-as-text").comments().getLast().text());
        snapshot("review-view-approved.png");
    }

    @Test
    void aMergeWithConflictsListsTheFilesSaysHowToFinishAndCanBeAborted(FxRobot robot) throws Exception {
        backend.mergeOutcome = new MergeOutcome(MergeOutcome.Status.CONFLICTS,
                "main is merging feature/amount-as-text with conflicts in 1 file. Resolve the conflict markers, stage the "
                        + "files and commit to finish; or abort the merge to put main back as it was.",
                Optional.empty(), List.of(new MergeOutcome.ConflictFile(ReviewFixtures.PATH, 2, List.of(13, 21))));
        waitUntil("the branches are read", () -> "main".equals(model.targetProperty().get()));
        robot.clickOn("#reviewCompare");
        waitUntil("the review is open", () -> model.selection().treeProperty().get() != null);
        assertTrue(robot.lookup("#reviewMerge").query().isDisabled(), "merging waits for an approval");
        robot.clickOn("#reviewApprove");
        waitUntil("the review is approved", () -> !robot.lookup("#reviewMerge").query().isDisabled());

        robot.clickOn("#reviewMerge");
        waitUntil("the conflicts are listed", () -> robot.lookup("#reviewConflictFiles").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<String> files = robot.lookup("#reviewConflictFiles").queryAs(ListView.class);
        assertEquals(List.of(ReviewFixtures.PATH + " — 2 conflicts (lines 13, 21)"), files.getItems());
        Stage dialog = (Stage) files.getScene().getWindow();
        WaitForAsyncUtils.asyncFx(() -> PngExport.write(dialog.getScene(), Path.of("target", "snapshots", "review-merge-conflicts.png")))
                .get(20, TimeUnit.SECONDS);
        assertTrue(robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("abort the merge")), "the dialog says how to finish or abort");

        robot.clickOn("Abort merge");
        waitUntil("the merge is aborted", () -> model.mergeOutcomeProperty().get().status() == MergeOutcome.Status.ABORTED);
        assertEquals("abort", backend.calls.getLast());
        assertEquals("Merge aborted: main is as it was.", robot.lookup("#reviewInfo").queryAs(Label.class).getText());
    }
}
