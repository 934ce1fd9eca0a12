package dev.steward.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.git.DirtyTreeChoice;
import dev.steward.model.git.GitConfigIsolation;
import dev.steward.model.git.GitProblem;
import dev.steward.model.git.GitRepository;
import dev.steward.model.git.Identity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code steward diff|breaking|changelog} on real Git repositories made in a temporary folder. */
class ReviewCommandsTest {

    static final Identity ALICE = new Identity("Alice Example", "alice@example.org");

    static String contract(String version, String amountType, boolean withNote) {
        return """
                apiVersion: v3.1.0
                kind: DataContract
                id: orders
                name: Orders
                version: %s
                status: active
                team:
                  name: sales-data
                schema:
                  - name: orders
                    physicalName: orders
                    properties:
                      - name: order_id
                        logicalType: string
                      - name: amount
                        logicalType: %s
                """.formatted(version, amountType)
                + (withNote ? "      - name: note\n        logicalType: string\n" : "");
    }

    static final String SEMANTIC = """
            semantic_models:
              - name: orders_sm
                model: ref('orders')
                entities:
                  - name: order
                    type: primary
                measures:
                  - name: amount_total
                    agg: sum
                    expr: amount
            metrics:
              - name: revenue
                type: simple
                type_params:
                  measure: amount_total
            """;

    private static GitConfigIsolation isolation;

    @BeforeAll
    static void hideGlobalGitConfig() {
        isolation = GitConfigIsolation.hideGlobalConfig();
    }

    @AfterAll
    static void restore() {
        isolation.close();
    }

    @TempDir
    Path dir;

    GitRepository git;

    @BeforeEach
    void repository() throws Exception {
        git = GitRepository.init(dir);
        write("contracts/orders.odcs.yaml", contract("1.0.0", "number", false));
        write("models/semantic.yml", SEMANTIC);
        commit("base");
    }

    @AfterEach
    void close() {
        git.close();
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }

    private void commit(String message) throws GitProblem {
        git.stageAll();
        git.commit(message, ALICE);
    }

    private CliRun run(String command, String... more) {
        String[] args = new String[more.length + 3];
        args[0] = command;
        args[1] = "--workspace";
        args[2] = dir.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return CliRun.of(args);
    }

    @Test
    void diffComparesTheWorkingTreeWithBaseAndShowsWhoABreakingChangeReaches() throws Exception {
        write("contracts/orders.odcs.yaml", contract("1.1.0", "string", true));

        CliRun run = run("diff", "--base", "HEAD");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("Semantic diff HEAD → working tree: 1 breaking, 0 warnings, 2 info in 1 artifact\n"), run.out());
        assertTrue(run.out().contains("  BREAKING  schema.orders.properties.amount.logicalType: property `orders.amount`"), run.out());
        assertTrue(run.out().contains("reaches metric revenue (models/semantic.yml), owners: sales-data;"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void diffJsonHasTheDocumentedShapeWithImpactedConsumers() throws Exception {
        write("contracts/orders.odcs.yaml", contract("2.0.0", "string", false));

        CliRun run = run("diff", "--base", "HEAD", "--format", "json");

        assertEquals(0, run.exitCode(), run.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(1, json.path("breaking").asInt());
        assertEquals(0, json.path("warnings").asInt());
        JsonNode breaking = null;
        for (JsonNode c : json.path("changes")) {
            if (c.path("severity").asText().equals("breaking")) {
                breaking = c;
            }
        }
        assertEquals("contracts/orders.odcs.yaml", breaking.path("path").asText());
        assertEquals("number", breaking.path("before").asText());
        assertEquals("string", breaking.path("after").asText());
        JsonNode metric = null;
        for (JsonNode i : breaking.path("impacted")) {
            if (i.path("id").asText().equals("metric:revenue")) {
                metric = i;
            }
        }
        assertEquals("metric", metric.path("kind").asText());
        assertEquals("sales-data", metric.path("owners").get(0).asText());
        assertEquals(0, json.path("versions").size(), "2.0.0 is the major bump the change needs");
    }

    @Test
    void diffMarkdownIsReadyForAPullRequest() throws Exception {
        write("contracts/orders.odcs.yaml", contract("1.0.1", "string", false));

        CliRun run = run("diff", "--base", "HEAD", "--format", "markdown");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("### Semantic diff `HEAD` → `working tree`\n\n**1 breaking, 0 warnings"), run.out());
        assertTrue(run.out().contains("| **BREAKING** | `schema.orders.properties.amount.logicalType` |"), run.out());
        assertTrue(run.out().contains("  - metric **revenue** (`models/semantic.yml`) — notify sales-data"), run.out());
    }

    @Test
    void breakingFailsUntilTheMajorVersionIsBumped() throws Exception {
        write("contracts/orders.odcs.yaml", contract("1.1.0", "string", false));

        CliRun failing = run("breaking", "--base", "HEAD");

        assertEquals(1, failing.exitCode(), failing.toString());
        assertTrue(failing.out().startsWith("1 contract has breaking changes without a major version bump (HEAD → working tree):\n"),
                failing.out());
        assertTrue(failing.out().contains("  BREAKING  schema.orders.properties.amount.logicalType"), failing.out());
        assertTrue(failing.out().contains("set it to 2.0.0"), failing.out());

        write("contracts/orders.odcs.yaml", contract("2.0.0", "string", false));
        CliRun passing = run("breaking", "--base", "HEAD");

        assertEquals(0, passing.exitCode(), passing.toString());
        assertEquals("1 breaking change, each in a contract with a new major version (HEAD → working tree).\n", passing.out());
    }

    @Test
    void breakingComparesTwoBranches() throws Exception {
        git.createBranch("feature");
        git.switchBranch("feature", DirtyTreeChoice.REFUSE, null);
        write("contracts/orders.odcs.yaml", contract("1.0.0", "number", true));
        commit("add a note");

        CliRun additive = run("breaking", "--base", "main", "--head", "feature");
        assertEquals(0, additive.exitCode(), additive.toString());
        assertTrue(additive.out().startsWith("No breaking changes (main → feature).\n"
                + "note: contracts/orders.odcs.yaml: version 1.0.0 → 1.0.0: "), additive.out());
        assertTrue(additive.out().endsWith("set it to 1.0.1\n"), "a missing minor bump is a note, not a failure: " + additive.out());

        write("contracts/orders.odcs.yaml", contract("1.0.0", "integer", true));
        commit("retype amount");
        CliRun retyped = run("breaking", "--base", "main", "--head", "feature");
        assertEquals(1, retyped.exitCode(), retyped.toString());
    }

    @Test
    void changelogGroupsTheChangesOfEachContract() throws Exception {
        write("contracts/orders.odcs.yaml", contract("2.0.0", "string", true));
        commit("v2");

        CliRun run = run("changelog", "--base", "HEAD~1", "--head", "HEAD");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("""
                Changelog HEAD~1 → HEAD

                ## Orders — orders 1.0.0 → 2.0.0
                contracts/orders.odcs.yaml

                Breaking:
                - property `orders.amount` logicalType number → string

                Changes:
                - contract version 1.0.0 → 2.0.0
                - property `orders.note` added (optional)
                """, run.out());
    }

    @Test
    void anUnknownRevisionIsOneLineNamingItAndTheBranches() {
        CliRun run = run("diff", "--base", "mian");

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("steward diff: Unknown revision 'mian'"), run.err());
        assertTrue(run.err().contains("Branches: main."), run.err());
    }

    @Test
    void aFolderOutsideGitOrAMissingBaseIsABadUsage() throws Exception {
        Path plain = Files.createTempDirectory("steward-not-git");
        try {
            CliRun outside = CliRun.of("changelog", "--workspace", plain.toString(), "--base", "HEAD");
            assertEquals(2, outside.exitCode(), outside.toString());
            assertTrue(outside.err().startsWith("steward changelog: No Git repository in "), outside.err());
        } finally {
            Files.delete(plain);
        }
        CliRun noBase = run("breaking");
        assertEquals(2, noBase.exitCode(), noBase.toString());
        assertTrue(noBase.err().contains("--base"), noBase.err());
    }
}
