package dev.steward.model.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.DiffReport;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.git.GitProblem;
import dev.steward.model.git.IsolatedGitConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Diffs between revisions of real repositories: two commits, the working tree, a branch against its merge base. */
@ExtendWith(IsolatedGitConfig.class)
class WorkspaceReviewDiffTest {

    static String contract(String id, String version, String amountType, boolean withCustomer) {
        return """
                apiVersion: v3.1.0
                kind: DataContract
                id: %s
                name: Orders
                version: %s
                status: active
                schema:
                  - name: orders
                    properties:
                      - name: order_id
                        logicalType: string
                      - name: amount
                        logicalType: %s
                """.formatted(id, version, amountType)
                + (withCustomer ? "      - name: customer_id\n        logicalType: string\n" : "");
    }

    @TempDir
    Path dir;

    ReviewRepo repo;

    @BeforeEach
    void setUp() throws Exception {
        repo = ReviewRepo.init(dir);
        repo.write("orders.odcs.yaml", contract("orders", "1.0.0", "number", true))
                .write("payments.odcs.yaml", contract("payments", "1.0.0", "number", false))
                .write("README.md", "# shop\n")
                .write(".gitignore", "scratch/\n");
        repo.commitAll("first");
    }

    @AfterEach
    void tearDown() {
        repo.close();
    }

    private static List<String> elements(ArtifactDiff a) {
        return a.changes().stream().map(SemanticChange::element).toList();
    }

    @Test
    void twoCommitsCompareOnlyTheFilesThatChanged() throws Exception {
        repo.write("orders.odcs.yaml", contract("orders", "1.1.0", "string", false)).write("README.md", "# shop v2\n");
        repo.commitAll("second");
        try (WorkspaceReview review = repo.review()) {
            DiffReport report = review.diff(new ReviewRange(Revision.of("HEAD~1"), Revision.of("HEAD")), false);

            assertEquals(List.of("orders.odcs.yaml"), report.artifacts().stream().map(ArtifactDiff::path).toList());
            assertEquals(List.of("README.md"), report.otherPaths());
            ArtifactDiff orders = report.artifacts().getFirst();
            assertEquals(List.of("schema.orders.properties.amount.logicalType", "schema.orders.properties.customer_id"),
                    elements(orders));
            assertEquals(2, report.count(ChangeSeverity.BREAKING));
            assertEquals(List.of(orders), report.versionViolations(), "1.0.0 → 1.1.0 is no major bump");
            assertEquals("HEAD~1", report.baseLabel());
        }
    }

    @Test
    void aRenamedContractIsDiffedAgainstItsOldPath() throws Exception {
        repo.delete("payments.odcs.yaml").write("ledger/payments.odcs.yaml", contract("payments", "1.0.0", "number", false));
        RevCommit head = repo.commitAll("move payments");
        try (WorkspaceReview review = repo.review()) {
            DiffReport report = review.diff(new ReviewRange(Revision.of("main~1"), Revision.of(head.name())), false);

            ArtifactDiff moved = report.artifacts().getFirst();
            assertEquals("ledger/payments.odcs.yaml", moved.path());
            assertEquals(Optional.of("payments.odcs.yaml"), moved.oldPath());
            assertEquals(List.of(), moved.changes(), "same content, nothing changed in meaning");
        }
    }

    @Test
    void theWorkingTreeIncludesEditsDeletionsAndUntrackedFilesButNotIgnoredOnes() throws Exception {
        repo.write("orders.odcs.yaml", contract("orders", "2.0.0", "number", false))
                .write("refunds.odcs.yaml", contract("refunds", "1.0.0", "number", false))
                .write("scratch/draft.odcs.yaml", contract("draft", "0.1.0", "number", false))
                .delete("payments.odcs.yaml");
        try (WorkspaceReview review = repo.review()) {
            DiffReport report = review.diff(new ReviewRange(Revision.of("HEAD"), Revision.workingTree()), false);

            assertEquals(List.of("orders.odcs.yaml", "payments.odcs.yaml", "refunds.odcs.yaml"),
                    report.artifacts().stream().map(ArtifactDiff::path).toList());
            ArtifactDiff orders = report.artifacts().getFirst();
            assertEquals(List.of("schema.orders.properties.customer_id"), elements(orders));
            assertTrue(orders.version().orElseThrow().holds(), "2.0.0 is a major bump");
            assertTrue(report.artifacts().get(1).head().isEmpty(), "payments was deleted");
            assertTrue(report.artifacts().get(2).base().isEmpty(), "refunds is new");
            assertEquals("working tree", report.headLabel());
        }
    }

    @Test
    void anUnchangedWorkingTreeHasNoChanges() throws Exception {
        try (WorkspaceReview review = repo.review()) {
            DiffReport report = review.diff(new ReviewRange(Revision.of("HEAD"), Revision.workingTree()), false);
            assertEquals(List.of(), report.artifacts());
            assertEquals(List.of(), report.otherPaths());
        }
    }

    @Test
    void aWorkspaceInASubFolderSeesOnlyItsFilesWithPathsRelativeToIt() throws Exception {
        repo.write("analytics/contracts/orders.odcs.yaml", contract("orders", "1.0.0", "number", true)).commitAll("analytics");
        repo.write("analytics/contracts/orders.odcs.yaml", contract("orders", "1.0.0", "string", true))
                .write("orders.odcs.yaml", contract("orders", "1.0.0", "string", true));
        try (WorkspaceReview review = WorkspaceReview.open(dir.resolve("analytics"), TinyContractDiffer.engine())) {
            DiffReport report = review.diff(new ReviewRange(Revision.of("HEAD"), Revision.workingTree()), false);
            assertEquals(List.of("contracts/orders.odcs.yaml"), report.artifacts().stream().map(ArtifactDiff::path).toList());
        }
    }

    @Test
    void aBranchIsComparedWithItsMergeBaseNotWithTheTargetsNewerCommits() throws Exception {
        repo.branch("feature").checkout("feature");
        repo.write("orders.odcs.yaml", contract("orders", "1.0.0", "string", true)).commitAll("retype amount");
        repo.checkout("main");
        repo.write("payments.odcs.yaml", contract("payments", "1.0.0", "string", false)).commitAll("main moves on");
        try (WorkspaceReview review = repo.review()) {
            ReviewRange range = review.branchRange("feature", "main");
            DiffReport report = review.diff(range, false);

            assertEquals(List.of("orders.odcs.yaml"), report.artifacts().stream().map(ArtifactDiff::path).toList(),
                    "the change to payments on main is not the branch's");
            assertEquals("feature", range.head().label());
            RevCommit fork = repo.git.getRepository().parseCommit(repo.git.getRepository().resolve("main~1"));
            assertEquals(fork.name().substring(0, 10), range.base().label(), "the merge base, abbreviated");
            assertEquals(range.base().label(), report.baseLabel());
        }
    }

    @Test
    void anUnknownRevisionIsNamedWithTheBranchesThereAre() throws Exception {
        repo.branch("feature");
        try (WorkspaceReview review = repo.review()) {
            GitProblem problem = assertThrows(GitProblem.class,
                    () -> review.diff(new ReviewRange(Revision.of("mian"), Revision.workingTree()), false));
            assertTrue(problem.getMessage().contains("'mian'"), problem.getMessage());
            assertTrue(problem.getMessage().contains("Branches: feature, main."), problem.getMessage());
        }
    }

    @Test
    void branchesListTheCurrentOneFirst() throws Exception {
        repo.branch("alpha").branch("zeta").checkout("zeta");
        try (WorkspaceReview review = repo.review()) {
            assertEquals(List.of("zeta", "alpha", "main"), review.branches());
            assertEquals(Optional.of("zeta"), review.currentBranch());
        }
    }
}
