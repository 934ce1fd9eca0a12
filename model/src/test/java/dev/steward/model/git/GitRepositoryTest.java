package dev.steward.model.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(IsolatedGitConfig.class)
class GitRepositoryTest {

    @TempDir
    Path dir;

    GitFixture repo;

    @BeforeEach
    void setUp() throws GitProblem {
        repo = GitFixture.init(dir.resolve("ws"));
    }

    @AfterEach
    void tearDown() {
        repo.git.close();
    }

    @Test
    void aFolderOutsideAnyRepositoryIsReportedSoTheCallerCanOfferInit() throws GitProblem {
        Path plain = dir.resolve("plain");
        GitProblem problem = assertThrows(GitProblem.class, () -> GitRepository.open(plain));
        assertEquals(GitProblem.Kind.NOT_A_REPOSITORY, problem.kind());
        assertTrue(problem.getMessage().contains(plain.toString()), problem.getMessage());

        try (GitRepository created = GitRepository.init(plain)) {
            assertEquals("main", created.status().branch());
        }
        try (GitRepository reopened = GitRepository.open(plain)) {
            assertEquals(plain.toAbsolutePath(), reopened.root());
        }
    }

    @Test
    void openingASubfolderFindsTheRepositoryRootAbove() throws Exception {
        repo.write("contracts/orders/orders.yaml", "a: 1\n");
        try (GitRepository fromBelow = GitRepository.open(repo.root.resolve("contracts/orders"))) {
            assertEquals(repo.root.toAbsolutePath(), fromBelow.root());
            assertEquals(List.of("contracts/orders/orders.yaml"),
                    fromBelow.status().untracked().stream().map(FileChange::path).toList());
        }
    }

    @Test
    void statusReportsEachKindOfChange() throws Exception {
        repo.write("edited.yaml", "a: 1\n").write("removed.yaml", "b: 2\n")
                .write("moved.yaml", "name: a contract long enough to be recognised as the same file\nx: 1\ny: 2\n");
        repo.commitAll("initial");
        repo.write("edited.yaml", "a: 2\n");
        Files.delete(repo.root.resolve("removed.yaml"));
        repo.write("new.yaml", "c: 3\n");
        repo.write("staged-new.yaml", "d: 4\n");
        Files.move(repo.root.resolve("moved.yaml"), repo.root.resolve("renamed.yaml"));
        repo.git.stage(List.of("staged-new.yaml", "moved.yaml", "renamed.yaml"));

        GitStatus status = repo.git.status();

        assertEquals(List.of(
                new FileChange("edited.yaml", FileChange.Kind.MODIFIED, false, true),
                new FileChange("new.yaml", FileChange.Kind.UNTRACKED, false, true),
                new FileChange("removed.yaml", FileChange.Kind.DELETED, false, true),
                new FileChange("renamed.yaml", FileChange.Kind.RENAMED, true, false, Optional.of("moved.yaml")),
                new FileChange("staged-new.yaml", FileChange.Kind.ADDED, true, false)), status.changes());
        assertEquals("main", status.branch());
        assertFalse(status.detached());
        assertEquals(RepositoryOperation.NONE, status.repositoryState());
    }

    @Test
    void stagingAndUnstagingMovesAFileBetweenGroupsAndKeepsItsEdits() throws Exception {
        repo.commitFile("a.yaml", "a: 1\n", "initial");
        repo.write("a.yaml", "a: 2\n");
        assertEquals(List.of(), repo.git.stagedPaths());

        repo.git.stage(List.of("a.yaml"));
        assertEquals(new FileChange("a.yaml", FileChange.Kind.MODIFIED, true, false), repo.change("a.yaml"));

        repo.write("a.yaml", "a: 3\n");
        assertEquals(new FileChange("a.yaml", FileChange.Kind.MODIFIED, true, true), repo.change("a.yaml"));
        assertEquals(Optional.of("a: 2\n"), repo.git.readStaged("a.yaml"));

        repo.git.unstage(List.of("a.yaml"));
        assertEquals(new FileChange("a.yaml", FileChange.Kind.MODIFIED, false, true), repo.change("a.yaml"));
        assertEquals("a: 3\n", repo.read("a.yaml"));
    }

    @Test
    void stagingADeletedFileAndUnstagingBeforeTheFirstCommit() throws Exception {
        repo.write("first.yaml", "a: 1\n");
        repo.git.stage(List.of("first.yaml"));
        assertEquals(List.of("first.yaml"), repo.git.stagedPaths());
        repo.git.unstage(List.of("first.yaml"));
        assertEquals(FileChange.Kind.UNTRACKED, repo.change("first.yaml").kind());

        repo.commitFile("first.yaml", "a: 1\n", "initial");
        Files.delete(repo.root.resolve("first.yaml"));
        repo.git.stage(List.of("first.yaml"));
        assertEquals(new FileChange("first.yaml", FileChange.Kind.DELETED, true, false), repo.change("first.yaml"));
    }

    @Test
    void commitUsesTheRepositoryIdentityOverTheRememberedOne() throws Exception {
        try (Git jgit = Git.open(repo.root.toFile())) {
            var config = jgit.getRepository().getConfig();
            config.setString("user", null, "name", "Repo Owner");
            config.setString("user", null, "email", "owner@example.org");
            config.save();
        }
        repo.write("a.yaml", "a: 1\n");
        repo.git.stage(List.of("a.yaml"));

        CommitInfo info = repo.git.commit("Add a", GitFixture.ALICE);

        assertEquals(new Identity("Repo Owner", "owner@example.org"), info.author());
        assertEquals("Add a", info.summary());
        assertEquals(List.of(new ChangedPath("a.yaml", FileChange.Kind.ADDED, Optional.empty())), info.changes());
        assertEquals(List.of(), repo.git.status().changes());
    }

    @Test
    void commitFallsBackToTheRememberedIdentity() throws Exception {
        assertEquals(Optional.empty(), repo.git.configuredIdentity());
        repo.write("a.yaml", "a: 1\n");
        repo.git.stage(List.of("a.yaml"));

        CommitInfo info = repo.git.commit("Add a\n\nWith a body.", GitFixture.ALICE);

        assertEquals(GitFixture.ALICE, info.author());
        assertEquals("Add a\n\nWith a body.\n", info.message());
        assertEquals(info.id(), repo.git.status().headCommitId().orElseThrow());
    }

    @Test
    void commitWithoutAnyIdentityAsksForOne() {
        repo.write("a.yaml", "a: 1\n");
        GitProblem problem = assertThrows(GitProblem.class, () -> {
            repo.git.stage(List.of("a.yaml"));
            repo.git.commit("Add a", null);
        });
        assertEquals(GitProblem.Kind.NO_IDENTITY, problem.kind());
        assertTrue(problem.getMessage().contains("user.name"), problem.getMessage());
    }

    @Test
    void commitWithNothingStagedIsRefused() throws Exception {
        repo.commitFile("a.yaml", "a: 1\n", "initial");
        repo.write("a.yaml", "a: 2\n");
        GitProblem problem = assertThrows(GitProblem.class, () -> repo.git.commit("nothing", GitFixture.ALICE));
        assertEquals(GitProblem.Kind.NOTHING_TO_COMMIT, problem.kind());
    }

    @Test
    void aLockedIndexIsReportedWithWhatToDo() throws Exception {
        repo.commitFile("a.yaml", "a: 1\n", "initial");
        repo.write("a.yaml", "a: 2\n");
        Files.createFile(repo.root.resolve(".git/index.lock"));

        GitProblem onStage = assertThrows(GitProblem.class, () -> repo.git.stage(List.of("a.yaml")));
        assertEquals(GitProblem.Kind.LOCKED_INDEX, onStage.kind());
        assertTrue(onStage.getMessage().startsWith(
                "Another Git process is running: .git/index.lock exists. If none is running, delete the lock file."),
                onStage.getMessage());
        GitProblem onCommit = assertThrows(GitProblem.class, () -> repo.git.commit("x", GitFixture.ALICE));
        assertEquals(GitProblem.Kind.LOCKED_INDEX, onCommit.kind());

        Files.delete(repo.root.resolve(".git/index.lock"));
        repo.git.stage(List.of("a.yaml"));
        assertEquals(List.of("a.yaml"), repo.git.stagedPaths());
    }

    @Test
    void aDetachedHeadIsShownAndCommittingThereIsRefused() throws Exception {
        CommitInfo first = repo.commitFile("a.yaml", "a: 1\n", "first");
        repo.commitFile("a.yaml", "a: 2\n", "second");
        try (Git jgit = Git.open(repo.root.toFile())) {
            jgit.checkout().setName(first.id()).call();
        }
        GitStatus status = repo.git.status();
        assertTrue(status.detached());
        assertEquals(first.shortId(), status.branch());

        repo.write("a.yaml", "a: 3\n");
        repo.git.stage(List.of("a.yaml"));
        GitProblem problem = assertThrows(GitProblem.class, () -> repo.git.commit("on detached", GitFixture.ALICE));
        assertEquals(GitProblem.Kind.DETACHED_HEAD, problem.kind());
    }

    @Test
    void createAndSwitchBranches() throws Exception {
        repo.commitFile("a.yaml", "a: 1\n", "initial");
        repo.git.createBranch("feature/orders");

        assertEquals(List.of(new BranchInfo("feature/orders", false, repo.git.branches().get(0).tipShortId()),
                new BranchInfo("main", true, repo.git.branches().get(1).tipShortId())), repo.git.branches());

        SwitchResult result = repo.git.switchBranch("feature/orders", DirtyTreeChoice.REFUSE, null);
        assertTrue(result.clean());
        assertEquals("feature/orders", repo.git.status().branch());

        GitProblem invalid = assertThrows(GitProblem.class, () -> repo.git.createBranch("bad name"));
        assertTrue(invalid.getMessage().contains("not a valid branch name"), invalid.getMessage());
        GitProblem duplicate = assertThrows(GitProblem.class, () -> repo.git.createBranch("main"));
        assertTrue(duplicate.getMessage().contains("already exists"), duplicate.getMessage());
    }

    @Test
    void switchingWithUncommittedEditsIsRefusedByDefault() throws Exception {
        repo.commitFile("a.yaml", "a: 1\n", "initial");
        repo.git.createBranch("feature");
        repo.write("a.yaml", "a: my edit\n");

        GitProblem problem = assertThrows(GitProblem.class,
                () -> repo.git.switchBranch("feature", DirtyTreeChoice.REFUSE, null));

        assertEquals(GitProblem.Kind.DIRTY_TREE, problem.kind());
        assertTrue(problem.getMessage().contains("a.yaml"), problem.getMessage());
        assertEquals("main", repo.git.status().branch());
        assertEquals("a: my edit\n", repo.read("a.yaml"));
    }

    @Test
    void switchingWithStashCarriesTheEditsOver() throws Exception {
        repo.commitFile("a.yaml", "a: 1\n", "initial");
        repo.git.createBranch("feature");
        repo.write("a.yaml", "a: my edit\n");

        SwitchResult result = repo.git.switchBranch("feature", DirtyTreeChoice.STASH_AND_REAPPLY, null);

        assertTrue(result.stashUsed());
        assertTrue(result.clean(), result.message());
        assertEquals("feature", repo.git.status().branch());
        assertEquals("a: my edit\n", repo.read("a.yaml"));
        try (Git jgit = Git.open(repo.root.toFile())) {
            assertTrue(jgit.stashList().call().isEmpty(), "the applied stash is dropped");
        }
    }

    /** main with a.yaml committed, and a branch "feature" whose one more commit writes {@code path}; HEAD on main. */
    private void featureBranchCommitting(String path, String text) throws GitProblem {
        repo.commitFile("a.yaml", "a: 1\n", "initial");
        repo.git.createBranch("feature");
        repo.git.switchBranch("feature", DirtyTreeChoice.REFUSE, null);
        repo.commitFile(path, text, "feature writes " + path);
        repo.git.switchBranch("main", DirtyTreeChoice.REFUSE, null);
    }

    @Test
    void anUntrackedFileTheOtherBranchWouldOverwriteIsNeverLost() throws Exception {
        featureBranchCommitting("new.yaml", "from: feature\n");
        repo.write("new.yaml", "mine: untracked\n");
        repo.write("a.yaml", "a: my edit\n");

        GitProblem problem = assertThrows(GitProblem.class,
                () -> repo.git.switchBranch("feature", DirtyTreeChoice.STASH_AND_REAPPLY, null));

        assertEquals(GitProblem.Kind.DIRTY_TREE, problem.kind());
        assertTrue(problem.getMessage().contains("new.yaml"), problem.getMessage());
        assertEquals("main", repo.git.status().branch());
        assertEquals("mine: untracked\n", repo.read("new.yaml"));
        assertEquals("a: my edit\n", repo.read("a.yaml"), "the stashed edit was put back");
        try (Git jgit = Git.open(repo.root.toFile())) {
            assertTrue(jgit.stashList().call().isEmpty());
        }
    }

    @Test
    void whenReapplyingConflictsTheStashIsKept() throws Exception {
        featureBranchCommitting("a.yaml", "a: feature\n");
        repo.write("a.yaml", "a: my edit\n");

        SwitchResult result = repo.git.switchBranch("feature", DirtyTreeChoice.STASH_AND_REAPPLY, null);

        assertTrue(result.stashKept(), result.message());
        assertEquals(List.of("a.yaml"), result.conflicts());
        assertTrue(repo.read("a.yaml").contains("a: my edit"), "the edit is in the conflict markers");
        assertEquals(FileChange.Kind.CONFLICTING, repo.change("a.yaml").kind());
        GitProblem commit = assertThrows(GitProblem.class, () -> repo.git.commit("resolve later", GitFixture.ALICE));
        assertEquals(GitProblem.Kind.CONFLICTS, commit.kind());
        assertTrue(commit.getMessage().contains("a.yaml"), commit.getMessage());
        assertTrue(result.message().contains("stash"), result.message());
        assertEquals("feature", repo.git.status().branch());
        try (Git jgit = Git.open(repo.root.toFile())) {
            var stashes = jgit.stashList().call();
            assertEquals(1, stashes.size());
            assertTrue(stashes.iterator().next().getFullMessage().contains("main"));
        }
    }

    @Test
    void historyIsPagedNewestFirstWithChangedFiles() throws Exception {
        repo.commitFile("a.yaml", "a: 1\n", "one");
        repo.write("b.yaml", "b: 1\n").write("a.yaml", "a: 2\n");
        repo.commitAll("two");
        Files.delete(repo.root.resolve("b.yaml"));
        repo.git.stage(List.of("b.yaml"));
        repo.git.commit("three", GitFixture.ALICE);

        HistoryPage first = repo.git.history(0, 2, null);
        assertEquals(List.of("three", "two"), first.commits().stream().map(CommitInfo::summary).toList());
        assertTrue(first.hasMore());
        assertEquals(List.of(new ChangedPath("b.yaml", FileChange.Kind.DELETED, Optional.empty())),
                first.commits().get(0).changes());
        assertEquals(List.of(new ChangedPath("a.yaml", FileChange.Kind.MODIFIED, Optional.empty()),
                new ChangedPath("b.yaml", FileChange.Kind.ADDED, Optional.empty())), first.commits().get(1).changes());

        HistoryPage second = repo.git.history(2, 2, null);
        assertEquals(List.of("one"), second.commits().stream().map(CommitInfo::summary).toList());
        assertFalse(second.hasMore());
    }

    @Test
    void historyOfAnEmptyRepositoryIsEmpty() throws GitProblem {
        assertEquals(new HistoryPage(List.of(), false), repo.git.history(0, 50, null));
    }

    @Test
    void cancelledMonitorStopsReadingTheHistory() throws Exception {
        repo.commitFile("a.yaml", "a: 1\n", "initial");
        GitProblem problem = assertThrows(GitProblem.class, () -> repo.git.history(0, 10, CANCELLED));
        assertEquals(GitProblem.Kind.CANCELLED, problem.kind());
        assertEquals(1, repo.git.history(0, 10, null).commits().size());
    }

    static final org.eclipse.jgit.lib.ProgressMonitor CANCELLED = new org.eclipse.jgit.lib.EmptyProgressMonitor() {
        @Override
        public boolean isCancelled() {
            return true;
        }
    };

    @Test
    void cancelledMonitorStopsTheSwitch() throws Exception {
        repo.commitFile("a.yaml", "a: 1\n", "initial");
        repo.git.createBranch("feature");
        GitProblem problem = assertThrows(GitProblem.class,
                () -> repo.git.switchBranch("feature", DirtyTreeChoice.REFUSE, CANCELLED));
        assertEquals(GitProblem.Kind.CANCELLED, problem.kind());
        assertEquals("main", repo.git.status().branch());
    }
}
