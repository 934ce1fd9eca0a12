package dev.steward.views.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.git.CommitGate;
import dev.steward.model.git.DirtyTreeChoice;
import dev.steward.model.git.GitProblem;
import dev.steward.model.git.GitRepository;
import dev.steward.model.git.Identity;
import dev.steward.model.review.ReviewStatus;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.ValidationContext;
import dev.steward.views.task.SameThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Git panel shows the current branch's review status next to its name. */
@ExtendWith(IsolatedGitConfig.class)
class GitPanelReviewStatusTest {

    @TempDir
    Path root;

    GitRepository repository;
    GitPanelViewModel model;
    final Map<String, ReviewStatus> reviews = new HashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        repository = GitRepository.init(root);
        Files.writeString(root.resolve("readme.md"), "# Orders\n");
        repository.stageAll();
        repository.commit("initial", new Identity("Bob Builder", "bob@example.org"));
        model = new GitPanelViewModel(repository, new SameThreadTaskRunner(),
                new CommitGate(ArtifactLinter.standard(), ValidationContext.standalone()),
                reason -> Optional.empty(), (branch, problem) -> Optional.of(DirtyTreeChoice.REFUSE));
        model.refresh();
    }

    @AfterEach
    void tearDown() {
        repository.close();
    }

    @Test
    void theStatusFollowsTheCheckedOutBranchAndABranchWithoutReviewSaysNothing() {
        reviews.put("feature", ReviewStatus.APPROVED);
        model.setReviewStatusSource(branch -> reviews.getOrDefault(branch, ReviewStatus.NONE));
        assertEquals("", model.reviewStatusProperty().get(), "main has no review");

        model.createBranch("feature");
        model.switchBranch("feature");
        assertEquals("feature", model.branchProperty().get());
        assertEquals("Approved", model.reviewStatusProperty().get());

        reviews.put("feature", ReviewStatus.STALE_APPROVAL);
        model.refreshReviewStatus();
        assertEquals("Approved (new commits since)", model.reviewStatusProperty().get());
    }

    @Test
    void aReviewFileThatCannotBeReadLeavesTheStatusEmptyAndNoGitError() {
        model.setReviewStatusSource(branch -> {
            throw new GitProblem(GitProblem.Kind.OTHER, ".steward/reviews/main.yaml is not valid YAML.");
        });
        assertEquals("", model.reviewStatusProperty().get());
        assertEquals("", model.errorProperty().get());
    }
}
