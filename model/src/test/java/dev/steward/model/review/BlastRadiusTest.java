package dev.steward.model.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diff.DiffReport;
import dev.steward.model.diff.ImpactedArtifact;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.git.IsolatedGitConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Blast radius from the base revision's lineage: a removed contract property reaches the metric and the products. */
@ExtendWith(IsolatedGitConfig.class)
class BlastRadiusTest {

    static final String ORDER_FACTS = """
            apiVersion: v3.1.0
            kind: DataContract
            id: order-facts
            name: Order facts
            version: 1.0.0
            status: active
            team:
              name: analytics-eng
            schema:
              - name: fct_orders
                physicalName: analytics.fct_orders
                properties:
                  - name: order_id
                    logicalType: string
                  - name: amount
                    logicalType: number
                    description: Order total
            """;

    static final String SEMANTIC = """
            semantic_models:
              - name: orders_sm
                model: ref('fct_orders')
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

    static final String PROVIDER = """
            apiVersion: v1.0.0
            kind: DataProduct
            id: sales-facts
            name: Sales facts
            status: active
            domain: sales
            outputPorts:
              - name: order-facts
                version: 1.0.0
                contractId: order-facts
            team:
              name: Sales Analytics
            """;

    static final String CONSUMER = """
            apiVersion: v1.0.0
            kind: DataProduct
            id: finance-reporting
            name: Finance reporting
            status: active
            domain: finance
            inputPorts:
              - name: orders
                version: 1.0.0
                contractId: order-facts
            team:
              name: Finance
            """;

    @TempDir
    Path dir;

    ReviewRepo repo;

    @BeforeEach
    void setUp() throws Exception {
        repo = ReviewRepo.init(dir);
        repo.write("order-facts.odcs.yaml", ORDER_FACTS).write("models/semantic.yml", SEMANTIC)
                .write("products/sales-facts.odps.yaml", PROVIDER).write("products/finance.odps.yaml", CONSUMER);
        repo.commitAll("base");
        repo.branch("feature").checkout("feature");
    }

    @AfterEach
    void tearDown() {
        repo.close();
    }

    private static Map<String, ImpactedArtifact> byId(SemanticChange change) {
        return change.impacted().stream().collect(Collectors.toMap(ImpactedArtifact::nodeId, Function.identity()));
    }

    @Test
    void aRemovedPropertyReachesTheMetricBuiltOnItAndTheProductsOfferingAndConsumingTheContract() throws Exception {
        repo.write("order-facts.odcs.yaml", ORDER_FACTS.replace("""
                      - name: amount
                        logicalType: number
                        description: Order total
                """, ""));
        repo.write("models/semantic.yml", "semantic_models: []\n"); // gone at head: the base's consumers still count
        repo.commitAll("drop amount");
        try (WorkspaceReview review = repo.review()) {
            DiffReport report = review.diff(review.branchRange("feature", "main"), true);

            SemanticChange removed = report.artifacts().getFirst().changes().getFirst();
            assertEquals("schema.fct_orders.properties.amount", removed.element());
            Map<String, ImpactedArtifact> reached = byId(removed);
            ImpactedArtifact revenue = reached.get("metric:revenue");
            assertEquals("metric", revenue.kind());
            assertEquals(Optional.of("models/semantic.yml"), revenue.path());
            assertEquals(List.of("analytics-eng"), revenue.owners(), "a metric's owners are its contract's team");
            assertTrue(revenue.explanation().startsWith("fct_orders.amount → fct_orders → orders_sm"), revenue.explanation());
            assertEquals("semantic_model", reached.get("semantic_model:orders_sm").kind());
            ImpactedArtifact consumer = reached.get("data_product:finance-reporting");
            assertEquals(List.of("Finance"), consumer.owners());
            assertEquals(Optional.of("products/finance.odps.yaml"), consumer.path());
            ImpactedArtifact provider = reached.get("data_product:sales-facts");
            assertEquals(List.of("Sales Analytics"), provider.owners());
            assertTrue(provider.explanation().contains("is offered by"), provider.explanation());
            assertTrue(reached.keySet().stream().noneMatch(id -> id.startsWith("contract:order-facts")),
                    "the changed contract itself is not its own consumer: " + reached.keySet());
        }
    }

    @Test
    void withTheStandardDiffersTheRemovalReachesTheSameConsumers() throws Exception {
        repo.write("order-facts.odcs.yaml", ORDER_FACTS.replace("""
                      - name: amount
                        logicalType: number
                        description: Order total
                """, "").replace("version: 1.0.0", "version: 2.0.0"));
        repo.commitAll("drop amount, major bump");
        try (WorkspaceReview review = WorkspaceReview.open(dir)) {
            DiffReport report = review.diff(review.branchRange("feature", "main"), true);

            SemanticChange removed = report.artifacts().getFirst().changes().stream().filter(SemanticChange::isBreaking)
                    .findFirst().orElseThrow();
            assertTrue(removed.element().contains("amount"), removed.element());
            Map<String, ImpactedArtifact> reached = byId(removed);
            assertTrue(reached.keySet().containsAll(List.of("metric:revenue", "data_product:finance-reporting",
                    "data_product:sales-facts")), reached.keySet().toString());
            assertEquals(List.of(), report.versionViolations(), "2.0.0 is the major bump a removal needs");
        }
    }

    @Test
    void nonBreakingChangesAndDiffsWithoutImpactCarryNoBlastRadius() throws Exception {
        repo.write("order-facts.odcs.yaml", ORDER_FACTS.replace("Order total", "Order total in EUR")
                .replace("logicalType: number", "logicalType: string"));
        repo.commitAll("edit amount");
        try (WorkspaceReview review = repo.review()) {
            ReviewRange range = review.branchRange("feature", "main");
            List<SemanticChange> changes = review.diff(range, true).artifacts().getFirst().changes();
            assertEquals(List.of("property-type-changed", "description-changed"), changes.stream().map(SemanticChange::rule).toList());
            assertTrue(changes.get(0).impacted().stream().anyMatch(i -> i.nodeId().equals("metric:revenue")));
            assertEquals(List.of(), changes.get(1).impacted(), "info changes reach nobody worth notifying");
            List<SemanticChange> plain = review.diff(range, false).artifacts().getFirst().changes();
            assertEquals(List.of(), plain.get(0).impacted(), "without impact, no lineage is built");
        }
    }

    @Test
    void eachBaseCommitHasItsOwnConsumersWithinOneSession() throws Exception {
        repo.checkout("main").write("models/semantic.yml", "semantic_models: []\n").commitAll("metrics move out");
        repo.checkout("feature").write("order-facts.odcs.yaml", ORDER_FACTS.replace("logicalType: number", "logicalType: string"))
                .commitAll("retype amount");
        try (WorkspaceReview review = repo.review()) {
            ReviewRange fromFork = new ReviewRange(Revision.of("main~1"), Revision.of("feature"));
            ReviewRange fromMain = new ReviewRange(Revision.of("main"), Revision.of("feature"));
            assertTrue(byId(review.diff(fromFork, true).artifacts().getFirst().changes().getFirst()).containsKey("metric:revenue"));
            SemanticChange againstMain = review.diff(fromMain, true).artifacts().stream()
                    .filter(a -> a.path().equals("order-facts.odcs.yaml")).findFirst().orElseThrow().changes().getFirst();
            assertTrue(!byId(againstMain).containsKey("metric:revenue"), "main has no metric any more: " + byId(againstMain).keySet());
            assertTrue(byId(againstMain).containsKey("data_product:finance-reporting"));
            assertTrue(byId(review.diff(fromFork, true).artifacts().getFirst().changes().getFirst()).containsKey("metric:revenue"),
                    "and back: the fork's lineage again");
        }
    }

    static final String MANIFEST = """
            {"metadata": {"dbt_schema_version": "https://schemas.getdbt.com/dbt/manifest/v11.json"},
             "nodes": {"model.app.stg_payments": {"resource_type": "model", "name": "stg_payments", "database": "db",
               "schema": "stg", "alias": "stg_payments", "depends_on": {"nodes": ["source.app.raw.payments"]}}},
             "sources": {"source.app.raw.payments": {"resource_type": "source", "name": "payments", "source_name": "raw",
               "database": "db", "schema": "raw", "identifier": "payments"}},
             "exposures": {"exposure.app.finance_dashboard": {"resource_type": "exposure", "name": "finance_dashboard",
               "owner": {"name": "Dana Finance", "email": "dana@example.org"},
               "depends_on": {"nodes": ["model.app.stg_payments"]}}}}
            """;

    static final String PAYMENTS = """
            apiVersion: v3.0.2
            kind: DataContract
            id: payments
            name: Payments ledger
            version: 2.1.0
            status: active
            schema:
              - name: payments
                physicalName: raw.payments
                properties:
                  - name: amount
                    logicalType: number
            """;

    private ImpactedArtifact dashboardReachedByRetypingPayments() throws Exception {
        repo.write("payments.odcs.yaml", PAYMENTS.replace("logicalType: number", "logicalType: string"));
        try (WorkspaceReview review = repo.review()) {
            DiffReport report = review.diff(new ReviewRange(Revision.of("HEAD"), Revision.workingTree()), true);
            SemanticChange retyped = report.artifacts().stream().filter(a -> a.path().equals("payments.odcs.yaml"))
                    .findFirst().orElseThrow().changes().getFirst();
            Map<String, ImpactedArtifact> reached = byId(retyped);
            return Optional.ofNullable(reached.get("exposure.app.finance_dashboard"))
                    .orElseThrow(() -> new AssertionError("no exposure reached: " + reached.keySet()));
        }
    }

    @Test
    void aDbtExposureReachedThroughTheManifestNamesItsOwner() throws Exception {
        repo.write("target/manifest.json", MANIFEST).write("payments.odcs.yaml", PAYMENTS).commitAll("payments and dbt");

        ImpactedArtifact dashboard = dashboardReachedByRetypingPayments();

        assertEquals(List.of("Dana Finance <dana@example.org>"), dashboard.owners());
        assertEquals(Optional.of("target/manifest.json"), dashboard.path());
        assertTrue(dashboard.explanation().endsWith("stg_payments → finance_dashboard"), dashboard.explanation());
    }

    @Test
    void aManifestGitIgnoresIsReadFromTheWorkspaceOnDisk() throws Exception {
        repo.write(".gitignore", "target/\n").write("target/manifest.json", MANIFEST).write("payments.odcs.yaml", PAYMENTS)
                .commitAll("payments; dbt's target folder is ignored");

        ImpactedArtifact dashboard = dashboardReachedByRetypingPayments();

        assertEquals(List.of("Dana Finance <dana@example.org>"), dashboard.owners());
        assertEquals(Optional.of("target/manifest.json"), dashboard.path(), "named relative to the workspace");
    }

    @Test
    void theWorkingTreeAgainstHeadUsesHeadsLineage() throws Exception {
        repo.write("order-facts.odcs.yaml", ORDER_FACTS.replace("logicalType: number", "logicalType: string"));
        try (WorkspaceReview review = repo.review()) {
            DiffReport report = review.diff(new ReviewRange(Revision.of("HEAD"), Revision.workingTree()), true);
            Map<String, ImpactedArtifact> reached = byId(report.artifacts().getFirst().changes().getFirst());
            assertTrue(reached.containsKey("metric:revenue"), reached.keySet().toString());
        }
    }
}
