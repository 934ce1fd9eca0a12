package dev.steward.model.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.validation.WorkspaceIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(IsolatedGitConfig.class)
class CommitGateTest {

    static final String VALID = """
            apiVersion: v3.0.2
            kind: DataContract
            id: orders
            version: 1.0.0
            status: active
            """;
    static final String BROKEN = """
            apiVersion: v3.0.2
            kind: DataContract
            id: orders
            name: [unclosed
            """;

    @TempDir
    Path dir;

    GitFixture repo;
    CommitGate gate = new CommitGate(ArtifactLinter.standard(), ValidationContext.standalone());

    @BeforeEach
    void setUp() throws GitProblem {
        repo = GitFixture.init(dir);
    }

    @AfterEach
    void tearDown() {
        repo.git.close();
    }

    @Test
    void aStagedContractWithASyntaxErrorBlocksTheCommit() throws Exception {
        repo.write("orders.odcs.yaml", BROKEN);
        repo.git.stage(List.of("orders.odcs.yaml"));

        List<CommitBlocker> blockers = gate.check(repo.git).blockers();

        assertEquals(1, blockers.size());
        CommitBlocker blocker = blockers.getFirst();
        assertEquals("orders.odcs.yaml", blocker.path());
        assertTrue(blocker.errors().stream().allMatch(d -> d.severity() == Severity.ERROR));
        assertEquals(repo.root.resolve("orders.odcs.yaml"), blocker.errors().getFirst().path());
        assertTrue(blocker.summary().startsWith("orders.odcs.yaml:"), blocker.summary());
    }

    @Test
    void aValidContractAndNonContractFilesPass() throws Exception {
        repo.write("orders.odcs.yaml", VALID);
        repo.write("notes.yaml", "just: [broken\n");
        repo.git.stage(List.of("orders.odcs.yaml", "notes.yaml"));

        assertEquals(List.of(), gate.check(repo.git).blockers());
    }

    @Test
    void theGateReadsTheIndexNotTheWorkingTree() throws Exception {
        repo.write("orders.odcs.yaml", BROKEN);
        repo.git.stage(List.of("orders.odcs.yaml"));
        repo.write("orders.odcs.yaml", VALID);
        assertEquals(1, gate.check(repo.git).blockers().size(), "the broken version is what would be committed");

        repo.write("fixed.odcs.yaml", VALID);
        repo.git.stage(List.of("fixed.odcs.yaml"));
        repo.git.unstage(List.of("orders.odcs.yaml"));
        repo.write("fixed.odcs.yaml", BROKEN);
        assertEquals(List.of(), gate.check(repo.git).blockers(), "the valid staged version passes though the file is now broken");
    }

    @Test
    void aCommitIsRefusedWhenTheStagedFilesChangedAfterTheCheck() throws Exception {
        repo.write("orders.odcs.yaml", VALID);
        repo.git.stage(List.of("orders.odcs.yaml"));
        CommitGate.Verdict verdict = gate.check(repo.git);
        assertEquals(List.of("orders.odcs.yaml"), verdict.checkedPaths());

        repo.write("late.odcs.yaml", BROKEN);
        repo.git.stage(List.of("late.odcs.yaml"));
        GitProblem problem = org.junit.jupiter.api.Assertions.assertThrows(GitProblem.class,
                () -> repo.git.commit("Add orders", GitFixture.ALICE, verdict.checkedPaths()));
        assertTrue(problem.getMessage().contains("late.odcs.yaml"), problem.getMessage());

        repo.git.unstage(List.of("late.odcs.yaml"));
        assertEquals("Add orders", repo.git.commit("Add orders", GitFixture.ALICE, verdict.checkedPaths()).summary());
    }

    @Test
    void unstagedBrokenContractsDoNotBlock() throws Exception {
        repo.write("orders.odcs.yaml", BROKEN);
        assertEquals(List.of(), gate.check(repo.git).blockers());
    }

    @Test
    void aPolicyThatDoesNotBlockLetsEverythingThrough() throws Exception {
        repo.write("orders.odcs.yaml", BROKEN);
        repo.git.stage(List.of("orders.odcs.yaml"));
        CommitGate lenient = new CommitGate(ArtifactLinter.standard(),
                new ValidationContext(WorkspaceIndex.empty(), new ValidationPolicy(Map.of(), false)));

        assertEquals(List.of(), lenient.check(repo.git).blockers());
    }
}
