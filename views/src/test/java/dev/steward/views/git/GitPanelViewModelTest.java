package dev.steward.views.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.git.CommitGate;
import dev.steward.model.git.DiffLine;
import dev.steward.model.git.DirtyTreeChoice;
import dev.steward.model.git.GitProblem;
import dev.steward.model.git.GitRepository;
import dev.steward.model.git.Identity;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.ValidationContext;
import dev.steward.views.task.SameThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(IsolatedGitConfig.class)
class GitPanelViewModelTest {

    static final Identity BOB = new Identity("Bob Builder", "bob@example.org");
    static final String BROKEN_CONTRACT = "apiVersion: v3.0.2\nkind: DataContract\nid: orders\nname: [unclosed\n";

    @TempDir
    Path root;

    GitRepository repository;
    GitPanelViewModel model;
    final List<String> identityQuestions = new ArrayList<>();
    Optional<Identity> identityAnswer = Optional.empty();
    final List<String> switchQuestions = new ArrayList<>();
    Optional<DirtyTreeChoice> switchAnswer = Optional.empty();

    @BeforeEach
    void setUp() throws Exception {
        repository = GitRepository.init(root);
        write("readme.md", "# Orders\n");
        repository.stageAll();
        repository.commit("initial", BOB);
        model = new GitPanelViewModel(repository, new SameThreadTaskRunner(),
                new CommitGate(ArtifactLinter.standard(), ValidationContext.standalone()),
                reason -> {
                    identityQuestions.add(reason);
                    return identityAnswer;
                },
                (branch, problem) -> {
                    switchQuestions.add(branch + ": " + problem);
                    return switchAnswer;
                });
        model.setRememberedIdentity(BOB);
    }

    @AfterEach
    void tearDown() {
        repository.close();
    }

    private void write(String path, String text) throws Exception {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }

    private List<String> rows() {
        return model.changeRows().stream().map(r -> switch (r) {
            case ChangeRow.Header h -> "# " + h.group().title() + " " + h.count();
            case ChangeRow.Entry e -> e.group().title() + " " + e.letter() + " " + e.change().path();
        }).toList();
    }

    private ChangeRow.Entry entry(String path) {
        return model.changeRows().stream().filter(r -> r instanceof ChangeRow.Entry e && e.change().path().equals(path))
                .map(ChangeRow.Entry.class::cast).findFirst().orElseThrow();
    }

    private RevCommit head() throws Exception {
        try (Git git = Git.open(root.toFile())) {
            return git.log().setMaxCount(1).call().iterator().next();
        }
    }

    @Test
    void refreshShowsTheBranchAndTheChangesByGroup() throws Exception {
        write("readme.md", "# Orders v2\n");
        write("contracts/orders.yaml", "a: 1\n");
        write("staged.yaml", "b: 1\n");
        repository.stage(List.of("staged.yaml"));

        model.refresh();

        assertEquals("main", model.branchProperty().get());
        assertFalse(model.detachedProperty().get());
        assertEquals(List.of("# Staged 1", "Staged A staged.yaml", "# Changes 1", "Changes M readme.md",
                "# Untracked 1", "Untracked U contracts/orders.yaml"), rows());
        assertEquals(List.of("initial"), model.history().stream().map(c -> c.summary()).toList());
    }

    @Test
    void aNewFileEditedAfterStagingShowsAddedWhenStagedAndModifiedInChanges() throws Exception {
        write("new.yaml", "a: 1\n");
        repository.stage(List.of("new.yaml"));
        write("new.yaml", "a: 2\n");

        model.refresh();

        assertEquals(List.of("# Staged 1", "Staged A new.yaml", "# Changes 1", "Changes M new.yaml"), rows());
    }

    @Test
    void unstagingAStagedRenameRestoresBothPaths() throws Exception {
        write("old.yaml", "name: a file with enough content to be detected as renamed\nx: 1\n");
        repository.stageAll();
        repository.commit("add old", BOB);
        Files.move(root.resolve("old.yaml"), root.resolve("new.yaml"));
        model.stageAll();
        assertEquals(List.of("# Staged 1", "Staged R new.yaml"), rows());

        model.unstage(List.of(entry("new.yaml").change()));

        assertEquals(List.of("# Changes 1", "Changes D old.yaml", "# Untracked 1", "Untracked U new.yaml"), rows());
    }

    @Test
    void togglingAnEntryStagesAndUnstagesIt() throws Exception {
        write("readme.md", "# Orders v2\n");
        model.refresh();

        model.toggle(entry("readme.md"));
        assertEquals(List.of("# Staged 1", "Staged M readme.md"), rows());

        model.toggle(entry("readme.md"));
        assertEquals(List.of("# Changes 1", "Changes M readme.md"), rows());
    }

    @Test
    void commitCreatesTheCommitAndClearsTheMessage() throws Exception {
        write("readme.md", "# Orders v2\n");
        model.refresh();
        model.stageAll();
        assertFalse(model.canCommitProperty().get(), "no message yet");
        model.commitMessageProperty().set("Describe orders");
        assertTrue(model.canCommitProperty().get());

        model.commit();

        assertEquals("Describe orders", head().getShortMessage());
        assertEquals("Bob Builder", head().getAuthorIdent().getName());
        assertEquals("", model.commitMessageProperty().get());
        assertEquals(List.of(), rows());
        assertEquals(List.of("Describe orders", "initial"), model.history().stream().map(c -> c.summary()).toList());
        assertTrue(model.infoProperty().get().startsWith("Committed "), model.infoProperty().get());
        assertFalse(model.canCommitProperty().get(), "nothing staged any more");
    }

    @Test
    void aBrokenStagedContractBlocksTheCommitUntilTheUserOverrides() throws Exception {
        write("orders.odcs.yaml", BROKEN_CONTRACT);
        repository.stage(List.of("orders.odcs.yaml"));
        model.refresh();
        model.commitMessageProperty().set("Add orders");

        model.commit();

        assertEquals("initial", head().getShortMessage(), "blocked: no commit made");
        assertEquals(List.of("orders.odcs.yaml"), model.blockers().stream().map(b -> b.path()).toList());
        assertTrue(model.blockers().getFirst().summary().startsWith("orders.odcs.yaml:"), model.blockers().getFirst().summary());
        assertEquals("Add orders", model.commitMessageProperty().get(), "the message is kept");

        model.commitAnyway();

        assertEquals("Add orders", head().getShortMessage());
        assertEquals(List.of(), model.blockers());
    }

    @Test
    void withoutAnIdentityTheUserIsAskedAndTheAnswerIsUsed() throws Exception {
        model.setRememberedIdentity(null);
        write("readme.md", "# v2\n");
        model.stageAll();
        model.commitMessageProperty().set("Edit readme");

        model.commit();
        assertEquals(1, identityQuestions.size());
        assertEquals("initial", head().getShortMessage(), "cancelled prompt: no commit");
        assertTrue(model.errorProperty().get().contains("user.name"), model.errorProperty().get());

        identityAnswer = Optional.of(new Identity("Carol", "carol@example.org"));
        model.commit();
        assertEquals(2, identityQuestions.size());
        assertEquals("Carol", head().getAuthorIdent().getName());
        assertEquals("Edit readme", head().getShortMessage());
    }

    @Test
    void switchingWithEditsAsksAndStaysWhenTheUserDeclines() throws Exception {
        repository.createBranch("feature");
        write("readme.md", "# my edit\n");
        model.refresh();

        model.switchBranch("feature");

        assertEquals(1, switchQuestions.size());
        assertTrue(switchQuestions.getFirst().contains("readme.md"), switchQuestions.getFirst());
        assertEquals("main", model.branchProperty().get());
        assertTrue(model.errorProperty().get().contains("uncommitted changes"), model.errorProperty().get());
    }

    @Test
    void switchingWithStashCarriesTheEdits() throws Exception {
        repository.createBranch("feature");
        write("readme.md", "# my edit\n");
        model.refresh();
        switchAnswer = Optional.of(DirtyTreeChoice.STASH_AND_REAPPLY);

        model.switchBranch("feature");

        assertEquals("feature", model.branchProperty().get());
        assertEquals("# my edit\n", Files.readString(root.resolve("readme.md")));
        assertEquals(List.of("# Changes 1", "Changes M readme.md"), rows());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void createdBranchesAppearInTheBranchList() {
        model.createBranch("feature/x");
        assertEquals(List.of("feature/x", "main"), model.branches().stream().map(b -> b.name()).toList());
        model.createBranch("feature/x");
        assertTrue(model.errorProperty().get().contains("already exists"), model.errorProperty().get());
    }

    @Test
    void selectingAChangeShowsItsDiffInBothModes() throws Exception {
        write("readme.md", "# Orders v2\n");
        model.refresh();

        model.showDiff(entry("readme.md"));

        assertEquals("readme.md (working tree)", model.diff().titleProperty().get());
        assertEquals(List.of("HunkHeader[text=@@ -1,1 +1,1 @@]",
                "-# Orders", "+# Orders v2"), model.diff().rows().stream().map(GitPanelViewModelTest::describe).toList());
        model.diff().sideBySideProperty().set(true);
        assertEquals(List.of("HunkHeader[text=@@ -1,1 +1,1 @@]", "# Orders | # Orders v2"),
                model.diff().rows().stream().map(GitPanelViewModelTest::describe).toList());
    }

    @Test
    void aLockedIndexIsReportedInWords() throws Exception {
        write("readme.md", "# v2\n");
        model.refresh();
        Files.createFile(root.resolve(".git/index.lock"));

        model.stageAll();

        assertTrue(model.errorProperty().get().startsWith("Another Git process is running"), model.errorProperty().get());
        assertEquals(List.of("# Changes 1", "Changes M readme.md"), rows());
    }

    @Test
    void unexpectedFailuresAreDescribedWithoutAStackTrace() {
        assertEquals("Git operation failed unexpectedly (IllegalStateException: boom).",
                GitPanelViewModel.describe(new IllegalStateException("boom")));
        assertEquals("msg", GitPanelViewModel.describe(new GitProblem(GitProblem.Kind.OTHER, "msg")));
    }

    private static String describe(DiffRow row) {
        return switch (row) {
            case DiffRow.Unified u -> u.line().toString();
            case DiffRow.Split s -> s.row().left().map(DiffLine::text).orElse("") + " | "
                    + s.row().right().map(DiffLine::text).orElse("");
            default -> row.toString();
        };
    }
}
