package dev.steward.model.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.git.GitProblem;
import dev.steward.model.git.IsolatedGitConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Review comments and decisions in {@code .steward/reviews/<branch>.yaml}, and the status they give the branch. */
@ExtendWith(IsolatedGitConfig.class)
class ReviewFileTest {

    @TempDir
    Path dir;

    ReviewRepo repo;

    @BeforeEach
    void setUp() throws Exception {
        repo = ReviewRepo.init(dir);
        repo.write("orders.odcs.yaml", WorkspaceReviewDiffTest.contract("orders", "1.0.0", "number", true)).commitAll("base");
        repo.branch("feature/orders-v2").checkout("feature/orders-v2");
        repo.write("orders.odcs.yaml", WorkspaceReviewDiffTest.contract("orders", "2.0.0", "string", true)).commitAll("v2");
    }

    @AfterEach
    void tearDown() {
        repo.close();
    }

    @Test
    void commentsAndDecisionsAreWrittenToAFileNamedAfterTheBranch() throws Exception {
        try (WorkspaceReview review = repo.review()) {
            review.comment("feature/orders-v2", "main", "orders.odcs.yaml", "schema.orders.properties.amount.logicalType",
                    ReviewRepo.BOB, "Why a string? Consumers sum it.");
            ReviewRecord record = review.decide("feature/orders-v2", "main", ReviewRepo.BOB,
                    ReviewDecision.Verdict.CHANGES_REQUESTED, "Keep amount numeric.");

            String text = repo.read(".steward/reviews/feature/orders-v2.yaml");
            assertTrue(text.contains("branch: feature/orders-v2\ntarget: main\n"), text);
            assertTrue(text.contains("  path: orders.odcs.yaml\n  element: schema.orders.properties.amount.logicalType\n"
                    + "  author: Bob Example <bob@example.org>\n"), text);
            assertTrue(text.contains("  verdict: changes_requested\n"), text);
            assertEquals(record, review.review("feature/orders-v2").orElseThrow(), "what is written reads back the same");
            assertEquals("c1", record.comments().getFirst().id());
            assertEquals(repo.git.getRepository().resolve("feature/orders-v2").name(), record.decisions().getFirst().headCommit());
        }
    }

    @Test
    void textWithLineBreaksColonsAndHashesReadsBackAsWritten() throws Exception {
        String text = "Two things:\n- # of rows: keep it\n- 'quotes' and \"double\" ones: fine\n\n  indented: yes";
        try (WorkspaceReview review = repo.review()) {
            review.comment("feature/orders-v2", "main", "orders.odcs.yaml", "", ReviewRepo.BOB, text);
            review.comment("feature/orders-v2", "main", "orders.odcs.yaml", "version", ReviewRepo.ALICE, "yes: true");
            ReviewRecord read = review.review("feature/orders-v2").orElseThrow();
            assertEquals(List.of(text, "yes: true"), read.comments().stream().map(ReviewComment::text).toList());
            assertEquals(List.of("c1", "c2"), read.comments().stream().map(ReviewComment::id).toList());
        }
    }

    @Test
    void theReviewFileIsNotPartOfTheDiffItReviews() throws Exception {
        try (WorkspaceReview review = repo.review()) {
            review.comment("feature/orders-v2", "main", "orders.odcs.yaml", "", ReviewRepo.BOB, "Noted.");
            var report = review.diff(new ReviewRange(Revision.of("HEAD"), Revision.workingTree()), false);
            assertEquals(List.of(), report.artifacts());
            assertEquals(List.of(), report.otherPaths());
            assertEquals(dir.resolve(".steward/reviews/feature/orders-v2.yaml"), review.reviewFile("feature/orders-v2"));
        }
    }

    @Test
    void theStatusFollowsTheLatestVerdictOfEachReviewer() throws Exception {
        String branch = "feature/orders-v2";
        try (WorkspaceReview review = repo.review()) {
            assertEquals(ReviewStatus.NONE, review.status(branch));
            review.comment(branch, "main", "orders.odcs.yaml", "", ReviewRepo.BOB, "Looking at it.");
            assertEquals(ReviewStatus.IN_REVIEW, review.status(branch));
            review.decide(branch, "main", ReviewRepo.BOB, ReviewDecision.Verdict.CHANGES_REQUESTED, "");
            review.decide(branch, "main", ReviewRepo.ALICE, ReviewDecision.Verdict.APPROVED, "");
            assertEquals(ReviewStatus.CHANGES_REQUESTED, review.status(branch), "any request for changes wins");
            review.decide(branch, "main", ReviewRepo.BOB, ReviewDecision.Verdict.APPROVED, "Fine now.");
            assertEquals(ReviewStatus.APPROVED, review.status(branch), "Bob's latest verdict replaces his earlier one");
        }
    }

    @Test
    void anApprovalGoesStaleWhenTheBranchGetsNewCommits() throws Exception {
        String branch = "feature/orders-v2";
        try (WorkspaceReview review = repo.review()) {
            review.decide(branch, "main", ReviewRepo.BOB, ReviewDecision.Verdict.APPROVED, "");
            assertEquals(ReviewStatus.APPROVED, review.status(branch));
            repo.write("orders.odcs.yaml", WorkspaceReviewDiffTest.contract("orders", "2.0.1", "string", false));
            RevCommit later = repo.commitAll("one more change (with the review file)");
            assertEquals(ReviewStatus.STALE_APPROVAL, review.status(branch));
            assertTrue(later.getFullMessage().contains("review"));
        }
    }

    @Test
    void anotherBranchsReviewIsReadFromItsCommitWhenNotInTheWorkingTree() throws Exception {
        String branch = "feature/orders-v2";
        try (WorkspaceReview review = repo.review()) {
            review.comment(branch, "main", "orders.odcs.yaml", "", ReviewRepo.BOB, "Committed with the branch.");
            repo.commitAll("review");
            repo.checkout("main");
            assertTrue(Files.notExists(dir.resolve(".steward/reviews/feature/orders-v2.yaml")), "main has no review file");
            assertEquals(List.of("Committed with the branch."),
                    review.review(branch).orElseThrow().comments().stream().map(ReviewComment::text).toList());
            assertEquals(Optional.empty(), review.review("main"));
        }
    }

    @Test
    void aCorruptReviewFileIsReportedWithItsLineAndNeverOverwritten() throws Exception {
        String broken = """
                branch: feature/orders-v2
                target: main
                comments:
                  - id: c1
                    path: orders.odcs.yaml
                    author: Bob <bob@example.org>
                    at: yesterday
                    text: hm
                """;
        repo.write(".steward/reviews/feature/orders-v2.yaml", broken);
        try (WorkspaceReview review = repo.review()) {
            GitProblem problem = assertThrows(GitProblem.class, () -> review.comment("feature/orders-v2", "main",
                    "orders.odcs.yaml", "", ReviewRepo.ALICE, "New comment"));
            assertTrue(problem.getMessage().contains("(line 7): 'at' is not an ISO-8601 instant"), problem.getMessage());
            assertTrue(problem.getMessage().contains("feature/orders-v2.yaml"), problem.getMessage());
            assertEquals(broken, repo.read(".steward/reviews/feature/orders-v2.yaml"));
            assertThrows(GitProblem.class, () -> review.status("feature/orders-v2"));
        }
    }

    @Test
    void aReviewFileThatIsNotYamlNamesTheLine() throws Exception {
        repo.write(".steward/reviews/feature/orders-v2.yaml", "branch: x\ntarget: [main\n");
        try (WorkspaceReview review = repo.review()) {
            GitProblem problem = assertThrows(GitProblem.class, () -> review.review("feature/orders-v2"));
            assertTrue(problem.getMessage().matches("(?s).*\\(line \\d+\\).*"), problem.getMessage());
        }
    }

    @Test
    void anEmptyCommentOrAnUnknownBranchIsRefused() throws Exception {
        try (WorkspaceReview review = repo.review()) {
            assertThrows(GitProblem.class, () -> review.comment("feature/orders-v2", "main", "a", "", ReviewRepo.BOB, "  "));
            GitProblem unknown = assertThrows(GitProblem.class, () -> review.decide("nope", "main", ReviewRepo.BOB,
                    ReviewDecision.Verdict.APPROVED, ""));
            assertTrue(unknown.getMessage().contains("'nope'"), unknown.getMessage());
            assertTrue(Files.notExists(dir.resolve(".steward/reviews/nope.yaml")));
        }
    }
}
