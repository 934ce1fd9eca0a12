package dev.steward.app.studio;

import static dev.steward.app.studio.StudioHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.app.preferences.StudioPreferences;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.git.DirtyTreeChoice;
import dev.steward.model.git.GitConfigIsolation;
import dev.steward.model.git.GitRepository;
import dev.steward.model.git.Identity;
import dev.steward.model.review.MergeOutcome;
import dev.steward.views.export.PngExport;
import dev.steward.views.review.ChangeNode;
import dev.steward.views.review.ReviewViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
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
 * A governance lead opens a branch that retypes a contract property in the review view (Ctrl+Shift+R),
 * selects the breaking change, comments on it and approves; the review file lands in the repository and
 * the Git panel says the branch is approved.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewStudioTest {

    static final String BRANCH = "feature/amount-as-text";
    static final String CONTRACT = """
            apiVersion: v3.1.0
            kind: DataContract
            id: order-facts
            name: Order facts
            version: 1.0.0
            status: active
            team:
              name: analytics-eng
            schema:
              - name: fct_orders
                physicalName: analytics.fct_orders
                properties:
                  - name: order_id
                    logicalType: string
                    required: true
                  - name: amount
                    logicalType: number
                    description: Order total in EUR
            """;
    static final String SEMANTIC = """
            semantic_models:
              - name: orders_sm
                model: ref('fct_orders')
                entities:
                  - name: order
                    type: primary
                measures:
                  - name: amount_total
                    agg: sum
                    expr: amount
            metrics:
              - name: revenue
                type: simple
                type_params:
                  measure: amount_total
            """;
    static final String CONSUMER = """
            apiVersion: v1.0.0
            kind: DataProduct
            id: finance-reporting
            name: Finance reporting
            status: active
            domain: finance
            inputPorts:
              - name: orders
                version: 1.0.0
                contractId: order-facts
            team:
              name: Finance
            """;

    @TempDir
    static Path temp;

    private GitConfigIsolation gitConfig;
    private StudioServices services;
    private MainWindow window;
    private Path repo;

    @Start
    void start(Stage stage) throws Exception {
        gitConfig = GitConfigIsolation.hideGlobalConfig();
        repo = Files.createDirectories(temp.resolve("sales-" + System.nanoTime()));
        Identity author = new Identity("Ada Author", "ada@example.org");
        try (GitRepository git = GitRepository.init(repo)) {
            Files.createDirectories(repo.resolve("contracts"));
            Files.writeString(repo.resolve("contracts/orders.odcs.yaml"), CONTRACT);
            Files.createDirectories(repo.resolve("models"));
            Files.writeString(repo.resolve("models/semantic.yml"), SEMANTIC);
            Files.createDirectories(repo.resolve("products"));
            Files.writeString(repo.resolve("products/finance.odps.yaml"), CONSUMER);
            git.stageAll();
            git.commit("Orders contract", author);
            git.createBranch(BRANCH);
            git.switchBranch(BRANCH, DirtyTreeChoice.REFUSE, null);
            Files.writeString(repo.resolve("contracts/orders.odcs.yaml"), CONTRACT.replace(
                    "logicalType: number", "logicalType: string"));
            git.stageAll();
            git.commit("Amount as text", author);
        }
        StudioPreferences preferences = new StudioPreferences(Files.createDirectories(temp.resolve("home-" + System.nanoTime())));
        preferences.put("git.name", "Grace Reviewer");
        preferences.put("git.email", "grace@example.com");
        services = new StudioServices(preferences);
        window = new MainWindow(stage, services);
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.show();
        window.openWorkspace(repo, () -> { });
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(window::dispose).get(10, TimeUnit.SECONDS);
        services.close();
        gitConfig.close();
    }

    private ReviewViewModel review() {
        return window.review().view().orElseThrow().model();
    }

    private static void snapshot(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> PngExport.write(scene, Path.of("target/snapshots", name))).get(20, TimeUnit.SECONDS);
    }

    @Test
    void openTheBranchSelectTheBreakingChangeCommentAndApprove(FxRobot robot) throws Exception {
        waitUntil("the Git panel is on the branch", () -> window.git().map(g -> g.branchProperty().get().equals(BRANCH)).orElse(false));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the review window opens on the branch into main", () -> window.review().view().isPresent()
                && BRANCH.equals(review().branchProperty().get()) && "main".equals(review().targetProperty().get()));
        Stage reviewWindow = window.review().window().orElseThrow();
        waitUntil(() -> "the branch's changes are shown at once (" + review().errorProperty().get() + ")",
                () -> review().selection().treeProperty().get() != null);
        assertEquals("contracts/orders.odcs.yaml", review().selection().artifactProperty().get().path());

        TreeCell<?> breaking = robot.from(reviewWindow.getScene().getRoot()).lookup(".tree-cell").queryAllAs(TreeCell.class)
                .stream().filter(c -> c.getItem() instanceof ChangeNode.Change ch && ch.change().severity() == ChangeSeverity.BREAKING)
                .findFirst().orElseThrow(() -> new AssertionError("a breaking change is shown in the tree"));
        String message = ((ChangeNode.Change) breaking.getItem()).change().message();
        assertTrue(message.contains("amount") && message.contains("number") && message.contains("string"), message);
        assertTrue(robot.from(breaking).lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(message)), "the tree shows " + message);
        // the breaking change opens on the consumers it reaches, with who to tell
        java.util.List<String> impacts = ((ChangeNode.Change) breaking.getItem()).children().stream()
                .filter(n -> n instanceof ChangeNode.Impact).map(ChangeNode::label).toList();
        assertTrue(impacts.stream().anyMatch(l -> l.startsWith("metric revenue")), "reaches revenue: " + impacts);
        assertTrue(impacts.stream().anyMatch(l -> l.contains("Finance reporting") && l.contains("Finance")),
                "reaches the consuming product and its team: " + impacts);
        robot.clickOn(breaking);
        waitUntil("the comment box names the change", () -> review().selection().commentTargetProperty().get().startsWith("Comment on `"));

        robot.clickOn(robot.from(reviewWindow.getScene().getRoot()).lookup("#reviewCommentText").queryAs(javafx.scene.Node.class))
                .write("Revenue sums this column: keep it a number.");
        robot.clickOn(robot.from(reviewWindow.getScene().getRoot()).lookup("#reviewCommentButton").queryButton());
        waitUntil("the comment is in the tree", () -> review().selection().treeProperty().get().toString().contains("keep it a number"));
        robot.clickOn(robot.from(reviewWindow.getScene().getRoot()).lookup("#reviewApprove").queryButton());
        waitUntil(() -> "the branch is approved (" + review().errorProperty().get() + ")",
                () -> review().statusProperty().get() != null && review().statusProperty().get().title().equals("Approved"));
        snapshot(reviewWindow.getScene(), "studio-review.png");

        Path file = repo.resolve(".steward/reviews/" + BRANCH + ".yaml");
        assertTrue(Files.isRegularFile(file), file + " is written");
        String stored = Files.readString(file);
        assertTrue(stored.contains("Revenue sums this column: keep it a number."), stored);
        assertTrue(stored.contains("Grace Reviewer"), stored);
        assertTrue(stored.toLowerCase(java.util.Locale.ROOT).contains("approved"), stored);

        waitUntil("the Git panel shows the approval", () -> robot.lookup("#gitReviewStatus").tryQuery()
                .map(n -> ((Label) n).getText().equals("Approved") && n.isVisible()).orElse(false));
        snapshot(window.scene(), "studio-review-git-panel.png");

        // no conflicts: the approved branch merges into main, and the Git panel follows the checkout
        robot.clickOn(robot.from(reviewWindow.getScene().getRoot()).lookup("#reviewMerge").queryButton());
        waitUntil(() -> "the merge is done (" + review().errorProperty().get() + ")", () -> review().mergeOutcomeProperty().get() != null);
        MergeOutcome merged = review().mergeOutcomeProperty().get();
        assertTrue(merged.status() == MergeOutcome.Status.MERGED || merged.status() == MergeOutcome.Status.FAST_FORWARD,
                merged.toString());
        waitUntil("the Git panel is on main", () -> window.git().map(g -> g.branchProperty().get().equals("main")).orElse(false));
        assertTrue(Files.readString(repo.resolve("contracts/orders.odcs.yaml")).contains("logicalType: string"));
    }

    @Test
    void theUncommittedWorkingTreeIsComparedWithHead(FxRobot robot) throws Exception {
        waitUntil("the Git panel is on the branch", () -> window.git().map(g -> g.branchProperty().get().equals(BRANCH)).orElse(false));
        Files.writeString(repo.resolve("contracts/orders.odcs.yaml"), CONTRACT.replace("logicalType: number", "logicalType: string")
                .replace("description: Order total in EUR", "description: Order total in EUR, tax included"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the branch review is open", () -> window.review().view().isPresent()
                && review().selection().treeProperty().get() != null);
        Stage reviewWindow = window.review().window().orElseThrow();
        robot.clickOn(robot.from(reviewWindow.getScene().getRoot()).lookup("#reviewModeWORKING_TREE").queryAs(javafx.scene.Node.class));
        robot.clickOn(robot.from(reviewWindow.getScene().getRoot()).lookup("#reviewCompare").queryButton());
        waitUntil(() -> "the working tree is compared (" + review().errorProperty().get() + ")",
                () -> review().rangeLabelProperty().get().equals("HEAD → working tree"));
        waitUntil("the description change is listed", () -> review().selection().treeProperty().get() != null
                && review().selection().treeProperty().get().toString().contains("description"));
        assertTrue(review().selection().lines().stream().anyMatch(l -> l.rightMark().isPresent()
                && l.right().orElseThrow().text().contains("tax included")), "the changed line is marked");
        assertTrue(robot.from(reviewWindow.getScene().getRoot()).lookup("#reviewApprove").queryButton().isDisabled(),
                "the working tree is not a branch to approve");
        snapshot(reviewWindow.getScene(), "studio-review-working-tree.png");
    }
}
