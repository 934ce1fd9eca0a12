package dev.steward.views.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.steward.model.git.CommitGate;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.ValidationContext;
import dev.steward.views.task.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({IsolatedGitConfig.class, ApplicationExtension.class})
class GitWorkspacePaneFxTest {

    @TempDir
    Path folder;

    ExecutorService executor = Executors.newSingleThreadExecutor();
    GitWorkspaceViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Files.writeString(folder.resolve("orders.odcs.yaml"), "apiVersion: v3.0.2\nkind: DataContract\n");
        FxTaskRunner tasks = new FxTaskRunner(executor);
        model = new GitWorkspaceViewModel(folder, tasks, repo -> new GitPanelViewModel(repo, tasks,
                new CommitGate(ArtifactLinter.standard(), ValidationContext.standalone()),
                reason -> Optional.empty(), (branch, problem) -> Optional.empty()));
        stage.setScene(new Scene(new GitWorkspacePane(model), 900, 600));
        stage.show();
        model.open();
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.shutdownNow();
        WaitForAsyncUtils.asyncFx(model::close).get();
    }

    @Test
    void initialisingARepositoryFromThePlaceholderShowsThePanel(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#gitInitButton").query().isVisible());
        assertTrue(robot.lookup("#gitPanel").tryQuery().isEmpty());
        Snapshots.save(robot.lookup("#gitInitButton").query().getScene(), "git-workspace-no-repository.png");

        robot.clickOn("#gitInitButton");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#gitBranchLabel").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#gitChangesList").queryListView().getItems().size() == 2).get());
        assertEquals("main", WaitForAsyncUtils.asyncFx(() -> robot.lookup("#gitBranchLabel").queryLabeled().getText()).get());
        assertTrue(Files.isDirectory(folder.resolve(".git")));
    }
}
