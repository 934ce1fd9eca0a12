package dev.steward.views.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.git.CommitGate;
import dev.steward.model.git.GitRepository;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.ValidationContext;
import dev.steward.views.task.SameThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(IsolatedGitConfig.class)
class GitWorkspaceViewModelTest {

    @TempDir
    Path dir;

    private GitWorkspaceViewModel workspace(Path folder) {
        return new GitWorkspaceViewModel(folder, new SameThreadTaskRunner(), repo -> new GitPanelViewModel(repo,
                new SameThreadTaskRunner(), new CommitGate(ArtifactLinter.standard(), ValidationContext.standalone()),
                reason -> Optional.empty(), (branch, problem) -> Optional.empty()));
    }

    @Test
    void aFolderWithoutRepositoryOffersInitThenShowsThePanel() throws Exception {
        Files.writeString(dir.resolve("orders.yaml"), "a: 1\n");
        try (GitWorkspaceViewModel model = workspace(dir)) {
            model.open();
            assertTrue(model.repositoryMissingProperty().get());
            assertNull(model.panelProperty().get());
            assertTrue(model.messageProperty().get().contains(dir.toString()), model.messageProperty().get());

            model.initRepository();

            assertFalse(model.repositoryMissingProperty().get());
            GitPanelViewModel panel = model.panelProperty().get();
            assertNotNull(panel);
            assertEquals("main", panel.branchProperty().get());
            assertEquals(2, panel.changeRows().size(), "header and the untracked file");
            assertTrue(Files.isDirectory(dir.resolve(".git")));
        }
    }

    @Test
    void aSubfolderOfARepositoryOpensItDirectly() throws Exception {
        GitRepository.init(dir).close();
        Path sub = Files.createDirectories(dir.resolve("contracts/sales"));
        try (GitWorkspaceViewModel model = workspace(sub)) {
            model.open();
            assertFalse(model.repositoryMissingProperty().get());
            assertNotNull(model.panelProperty().get());
            assertEquals("", model.messageProperty().get());
        }
    }
}
