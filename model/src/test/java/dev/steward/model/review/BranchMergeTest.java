package dev.steward.model.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.git.GitProblem;
import dev.steward.model.git.IsolatedGitConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Merging a reviewed branch through JGit: clean merges, fast-forwards, conflicts and abort, refusals. */
@ExtendWith(IsolatedGitConfig.class)
class BranchMergeTest {

    static final String LINES = "a\nb\nc\nd\ne\nf\ng\nh\n";

    @TempDir
    Path dir;

    ReviewRepo repo;

    @BeforeEach
    void setUp() throws Exception {
        repo = ReviewRepo.init(dir);
        repo.write("notes.txt", LINES).write("orders.odcs.yaml", "id: orders\n").commitAll("base");
        repo.branch("feature");
    }

    @AfterEach
    void tearDown() {
        repo.close();
    }

    private RevCommit head() throws Exception {
        try (RevWalk walk = new RevWalk(repo.git.getRepository())) {
            return walk.parseCommit(repo.git.getRepository().resolve("HEAD"));
        }
    }

    @Test
    void aBranchWithNothingNewOnTheTargetIsFastForwarded() throws Exception {
        repo.checkout("feature").write("orders.odcs.yaml", "id: orders\nversion: 2.0.0\n");
        RevCommit tip = repo.commitAll("v2");
        try (WorkspaceReview review = repo.review()) {
            MergeOutcome outcome = review.merge("feature", "main", ReviewRepo.ALICE);

            assertEquals(MergeOutcome.Status.FAST_FORWARD, outcome.status(), outcome.message());
            assertEquals("main", repo.git.getRepository().getBranch(), "the target was checked out");
            assertEquals(tip, head());
            assertEquals(tip.name(), outcome.commitId().orElseThrow());
        }
    }

    @Test
    void divergedBranchesGetAMergeCommitNamingBoth() throws Exception {
        repo.checkout("feature").write("orders.odcs.yaml", "id: orders\nversion: 2.0.0\n").commitAll("v2");
        repo.checkout("main").write("notes.txt", LINES + "i\n").commitAll("notes");
        try (WorkspaceReview review = repo.review()) {
            MergeOutcome outcome = review.merge("feature", "main", ReviewRepo.BOB);

            assertEquals(MergeOutcome.Status.MERGED, outcome.status(), outcome.message());
            RevCommit merge = head();
            assertEquals(2, merge.getParentCount());
            assertEquals("Merge branch 'feature' into 'main'", merge.getShortMessage());
            assertEquals("Bob Example", merge.getAuthorIdent().getName());
            assertEquals("id: orders\nversion: 2.0.0\n", repo.read("orders.odcs.yaml"));
            assertEquals(MergeOutcome.Status.ALREADY_UP_TO_DATE, review.merge("feature", "main", ReviewRepo.BOB).status());
        }
    }

    @Test
    void conflictsAreListedPerFileAndTheMergeCanBeAborted() throws Exception {
        repo.checkout("feature").write("notes.txt", LINES.replace("b\n", "B-feature\n").replace("g\n", "G-feature\n"))
                .commitAll("feature edits");
        repo.checkout("main").write("notes.txt", LINES.replace("b\n", "B-main\n").replace("g\n", "G-main\n"))
                .write("orders.odcs.yaml", "id: orders\n# main\n").commitAll("main edits");
        RevCommit before = head();
        try (WorkspaceReview review = repo.review()) {
            MergeOutcome outcome = review.merge("feature", "main", ReviewRepo.ALICE);

            assertEquals(MergeOutcome.Status.CONFLICTS, outcome.status());
            assertEquals(List.of(new MergeOutcome.ConflictFile("notes.txt", 2, List.of(2, 11))), outcome.conflicts());
            assertTrue(outcome.message().contains("notes.txt (lines 2, 11)"), outcome.message());
            assertTrue(outcome.message().contains("stage the files, then commit in Steward"), outcome.message());
            assertTrue(outcome.message().contains("Abort merge"), outcome.message());
            assertEquals(RepositoryState.MERGING, repo.git.getRepository().getRepositoryState(), "left merging, as announced");

            MergeOutcome aborted = review.abortMerge();

            assertEquals(MergeOutcome.Status.ABORTED, aborted.status(), aborted.message());
            assertEquals(RepositoryState.SAFE, repo.git.getRepository().getRepositoryState());
            assertEquals(before, head());
            assertTrue(repo.git.status().call().isClean());
            assertEquals(LINES.replace("b\n", "B-main\n").replace("g\n", "G-main\n"), repo.read("notes.txt"));
            assertEquals(MergeOutcome.Status.REFUSED, review.abortMerge().status(), "nothing left to abort");
        }
    }

    @Test
    void aDirtyTreeIsRefusedAndLeftAlone() throws Exception {
        repo.checkout("feature").write("orders.odcs.yaml", "id: orders\nversion: 2.0.0\n").commitAll("v2");
        repo.write("notes.txt", "my unsaved work\n");
        try (WorkspaceReview review = repo.review()) {
            MergeOutcome outcome = review.merge("feature", "main", ReviewRepo.ALICE);

            assertEquals(MergeOutcome.Status.REFUSED, outcome.status());
            assertTrue(outcome.message().contains("uncommitted changes (notes.txt)"), outcome.message());
            assertEquals("feature", repo.git.getRepository().getBranch(), "no checkout happened");
            assertEquals("my unsaved work\n", repo.read("notes.txt"));
        }
    }

    @Test
    void aLockedIndexOrAnUnknownBranchFailsWithAClearProblem() throws Exception {
        try (WorkspaceReview review = repo.review()) {
            GitProblem unknown = assertThrows(GitProblem.class, () -> review.merge("featur", "main", ReviewRepo.ALICE));
            assertTrue(unknown.getMessage().contains("no branch named \"featur\""), unknown.getMessage());
            Files.writeString(dir.resolve(".git/index.lock"), "");
            GitProblem locked = assertThrows(GitProblem.class, () -> review.merge("feature", "main", ReviewRepo.ALICE));
            assertEquals(GitProblem.Kind.LOCKED_INDEX, locked.kind());
        }
    }
}
