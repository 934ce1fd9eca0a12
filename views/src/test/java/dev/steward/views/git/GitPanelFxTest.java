package dev.steward.views.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.steward.model.git.CommitGate;
import dev.steward.model.git.DiffLine;
import dev.steward.model.git.GitRepository;
import dev.steward.model.git.Identity;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.ValidationContext;
import dev.steward.views.task.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the Git panel like a user on a real repository: stage all, type a message, commit. */
@ExtendWith({IsolatedGitConfig.class, ApplicationExtension.class})
class GitPanelFxTest {

    static final String CONTRACT_V1 = """
            apiVersion: v3.0.2
            kind: DataContract
            id: urn:datacontract:orders
            name: Orders
            version: 1.0.0
            status: draft
            schema:
              - name: orders
                properties:
                  - name: order_id
                    logicalType: string
                  - name: amount
                    logicalType: number
            """;
    static final String CONTRACT_V2 = CONTRACT_V1
            .replace("version: 1.0.0", "version: 1.1.0")
            .replace("status: draft", "status: active")
            .replace("        logicalType: number\n",
                    "        logicalType: number\n      - name: currency\n        logicalType: string\n");

    @TempDir
    Path root;

    GitRepository repository;
    GitPanelViewModel model;
    ExecutorService executor;
    Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        repository = GitRepository.init(root);
        Files.createDirectories(root.resolve("contracts"));
        Files.writeString(root.resolve("contracts/orders.odcs.yaml"), CONTRACT_V1);
        Files.writeString(root.resolve("README.md"), "# Sales domain\n");
        repository.stageAll();
        repository.commit("Add orders contract", new Identity("Ada Lovelace", "ada@example.org"));
        Files.writeString(root.resolve("contracts/orders.odcs.yaml"), CONTRACT_V2);
        Files.writeString(root.resolve("contracts/customers.odcs.yaml"), CONTRACT_V1.replace("orders", "customers"));

        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "git-test-worker");
            t.setDaemon(true);
            return t;
        });
        model = new GitPanelViewModel(repository, new FxTaskRunner(executor),
                new CommitGate(ArtifactLinter.standard(), ValidationContext.standalone()),
                reason -> Optional.empty(), (branch, problem) -> Optional.empty());
        model.setRememberedIdentity(new Identity("Ada Lovelace", "ada@example.org"));
        scene = new Scene(new GitPanel(model), 1200, 720);
        stage.setScene(scene);
        stage.show();
        model.refresh();
    }

    @AfterEach
    void tearDown() {
        executor.shutdownNow();
        repository.close();
    }

    @Test
    void stageAllTypeAMessageAndCommit(FxRobot robot) throws Exception {
        waitUntil(() -> !model.changeRows().isEmpty());
        assertEquals("main", robot.lookup("#gitBranchLabel").queryLabeled().getText());

        robot.doubleClickOn(labeled(robot, "#gitChangesList .label", "customers.odcs.yaml"));
        waitUntil(() -> model.statusProperty().get().staged().size() == 1);
        assertEquals("contracts/customers.odcs.yaml", model.statusProperty().get().staged().getFirst().path());

        robot.clickOn("#gitStageAllButton");
        waitUntil(() -> model.statusProperty().get().staged().size() == 2);

        robot.clickOn(labeled(robot, "#gitChangesList .label", "orders.odcs.yaml"));
        waitUntil(() -> !model.diff().rows().isEmpty());
        assertTrue(model.diff().rows().contains(new DiffRow.Unified(
                new DiffLine(DiffLine.Kind.ADD, 0, 14, "      - name: currency"))), "the added property is shown");
        robot.clickOn("#gitCommitMessage").write("Add currency to orders");
        WaitForAsyncUtils.waitForFxEvents();
        snapshot("git-panel.png");

        robot.clickOn("#gitCommitButton");
        waitUntil(() -> model.history().size() == 2);

        try (Git git = Git.open(root.toFile())) {
            RevCommit head = git.log().setMaxCount(1).call().iterator().next();
            assertEquals("Add currency to orders", head.getShortMessage());
            assertEquals("Ada Lovelace", head.getAuthorIdent().getName());
            assertTrue(git.status().call().isClean());
        }
        assertEquals("", robot.lookup("#gitCommitMessage").queryTextInputControl().getText());

        robot.interact(() -> ((TabPane) robot.lookup("#gitTabs").query()).getSelectionModel().select(1));
        robot.clickOn(labeled(robot, "#gitHistoryList .label", "Add currency to orders"));
        robot.clickOn(labeled(robot, "#gitCommitFilesList .list-cell", "M  contracts/orders.odcs.yaml"));
        waitUntil(() -> model.diff().titleProperty().get().startsWith("contracts/orders.odcs.yaml @"));
        robot.clickOn("#gitDiffSideBySide");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.diff().sideBySideProperty().get());
        assertEquals(List.of(), model.blockers());
        snapshot("git-panel-history.png");
    }

    @Test
    void aBlockedCommitShowsTheProblemsAndCanBeOverridden(FxRobot robot) throws Exception {
        waitUntil(() -> !model.changeRows().isEmpty());
        Files.writeString(root.resolve("contracts/orders.odcs.yaml"), CONTRACT_V2.replace("name: Orders", "name: [Orders"));
        robot.clickOn("#gitStageAllButton");
        waitUntil(() -> model.statusProperty().get().staged().size() == 2);
        robot.clickOn("#gitCommitMessage").write("Broken on purpose");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.ENTER)
                .release(javafx.scene.input.KeyCode.ENTER, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> !model.blockers().isEmpty());
        assertTrue(robot.lookup("#gitBlockersPane").query().isVisible());
        assertEquals("contracts/orders.odcs.yaml", model.blockers().getFirst().path());
        snapshot("git-panel-blocked.png");
        try (Git git = Git.open(root.toFile())) {
            assertEquals("Add orders contract", git.log().setMaxCount(1).call().iterator().next().getShortMessage());
        }

        robot.clickOn("#gitCommitAnywayButton");
        waitUntil(() -> model.history().size() == 2);
        try (Git git = Git.open(root.toFile())) {
            assertEquals("Broken on purpose", git.log().setMaxCount(1).call().iterator().next().getShortMessage());
        }
        assertTrue(model.blockers().isEmpty());
    }

    private static javafx.scene.control.Labeled labeled(FxRobot robot, String query, String text) {
        return robot.lookup(query).match(LabeledMatchers.hasText(text)).queryLabeled();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private void snapshot(String name) throws Exception {
        Snapshots.save(scene, name);
    }
}
