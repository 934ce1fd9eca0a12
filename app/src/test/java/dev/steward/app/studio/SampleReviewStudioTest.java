package dev.steward.app.studio;

import static dev.steward.app.studio.StudioHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import dev.steward.views.export.PngExport;
import dev.steward.views.review.ReviewViewModel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On first start the sample workspace ships a branch to review, feature/orders-v2: opening it from main shows
 * the orders contract's breaking changes with what they reach, and the version it needs.
 */
@ExtendWith(ApplicationExtension.class)
class SampleReviewStudioTest {
    private static final String BRANCH = "feature/orders-v2";

    @TempDir
    Path temp;

    private StudioHarness studio;

    @Start
    void start(Stage stage) throws Exception {
        studio = StudioHarness.open(stage, temp);
    }

    @AfterEach
    void stop() throws Exception {
        studio.close();
    }

    private ReviewViewModel review() {
        return studio.window().review().view().orElseThrow().model();
    }

    @Test
    void theSampleBranchShowsItsBreakingChangesWhatTheyReachAndTheVersionItNeeds(FxRobot robot) throws Exception {
        waitUntil("the Git panel is on main", () -> studio.window().git().map(g -> g.branchProperty().get().equals("main")).orElse(false));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the review window lists the sample's branch", () -> studio.window().review().view().isPresent()
                && review().branches().contains(BRANCH));
        WaitForAsyncUtils.asyncFx(() -> {
            review().branchProperty().set(BRANCH);
            review().targetProperty().set("main");
        }).get(10, TimeUnit.SECONDS);
        Stage reviewWindow = studio.window().review().window().orElseThrow();
        robot.clickOn(robot.from(reviewWindow.getScene().getRoot()).lookup("#reviewCompare").queryButton());
        waitUntil(() -> "the branch is compared (" + review().errorProperty().get() + ")",
                () -> review().selection().treeProperty().get() != null && review().reportProperty().get() != null);

        ArtifactDiff orders = review().artifacts().stream().filter(a -> a.path().equals("contracts/orders.odcs.yaml"))
                .findFirst().orElseThrow(() -> new AssertionError("the orders contract changed: " + review().artifacts()));
        SemanticChange dropped = orders.changes().stream().filter(c -> c.element().equals("schema.orders.properties.sales_channel"))
                .findFirst().orElseThrow(() -> new AssertionError(orders.changes().toString()));
        assertEquals(ChangeSeverity.BREAKING, dropped.severity());
        assertTrue(dropped.impacted().stream().anyMatch(i -> i.kind().equals("metric") && i.name().equals("app_revenue_share")),
                "the metric filtered on the sales channel is reached: " + dropped.impacted());
        assertTrue(dropped.impacted().stream().anyMatch(i -> i.owners().contains("Shop Data")), "with whom to tell");
        assertTrue(review().versionProblems().stream().anyMatch(p -> p.text().contains("2.0.0")),
                "1.4.0 → 1.5.0 is not the major bump the branch needs: " + review().versionProblems());
        assertTrue(review().summaryProperty().get().contains("breaking"), review().summaryProperty().get());

        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> PngExport.write(reviewWindow.getScene(), Path.of("target/snapshots", "sample-review.png")))
                .get(20, TimeUnit.SECONDS);
    }

    @Test
    void editingTheContractLikeTheBranchShowsWhatItBreaksWhileTyping(FxRobot robot) throws Exception {
        Path orders = studio.sample().resolve("contracts/orders.odcs.yaml");
        java.util.concurrent.atomic.AtomicReference<dev.steward.views.document.DocumentView> opened = new java.util.concurrent.atomic.AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> studio.window().openFile(orders, opened::set)).get(10, TimeUnit.SECONDS);
        waitUntil("the contract is open", () -> opened.get() != null);
        String branch;
        try (var in = getClass().getResourceAsStream("/dev/steward/resources/sample-branches/feature--orders-v2/contracts/orders.odcs.yaml")) {
            branch = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        dev.steward.views.document.DocumentView doc = opened.get();
        robot.interact(() -> doc.editor().applyEdits(java.util.List.of(
                dev.steward.model.text.TextEdit.replace(0, doc.editor().getText().length(), branch))));

        waitUntil("the removal of sales_channel is flagged with what it reaches", () -> doc.model().diagnosticsProperty().get()
                .stream().anyMatch(d -> d.rule().equals("breaking-change") && d.message().contains("sales_channel")
                        && d.message().contains("reaches")));
        assertTrue(doc.model().diagnosticsProperty().get().stream().anyMatch(d -> d.rule().equals("contract-version-not-bumped")
                && d.severity() == dev.steward.model.diagnostic.Severity.ERROR && !d.fixes().isEmpty()),
                "the version error comes with its quick fix");
        robot.interact(() -> doc.editor().goTo(134, 1));
        studio.snapshot("live-breaking.png");
    }
}
