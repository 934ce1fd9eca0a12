package dev.steward.app.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.NodeKind;
import dev.steward.model.lineage.WorkspaceLineage;
import dev.steward.model.sample.SampleWorkspaceInstaller;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which node the lineage panel opens on, for the documents of the sample workspace. */
class LineagePanelFocusTest {

    @TempDir
    static Path temp;
    static Path sample;
    static LineageGraph graph;

    @BeforeAll
    static void build() throws Exception {
        sample = new SampleWorkspaceInstaller().installIfMissing(temp.resolve("sample"));
        graph = WorkspaceLineage.build(sample, WorkspaceLineage.Sources.workspaceOnly()).graph();
    }

    private static NodeKind kindFor(String file) {
        String id = LineagePanel.nodeForFile(graph, sample.resolve(file)).orElseThrow(() -> new AssertionError("no node for " + file));
        return graph.node(id).orElseThrow().kind();
    }

    @Test
    void aContractFileOpensOnItsContractNotOnOneOfItsTables() {
        assertEquals(NodeKind.CONTRACT, kindFor("contracts/payments.odcs.yaml"));
        assertEquals(NodeKind.CONTRACT, kindFor("./contracts/../contracts/payments.odcs.yaml"));
    }

    @Test
    void aProductFileOpensOnItsProductAndTheMetricsFileOnAMetric() {
        assertEquals(NodeKind.DATA_PRODUCT, kindFor("products/payments-ledger.odps.yaml"));
        assertEquals(NodeKind.METRIC, kindFor("models/metrics.yml"));
    }

    @Test
    void aFileWithoutLineageHasNoNodeAndTheStartIsAContract() {
        assertTrue(LineagePanel.nodeForFile(graph, sample.resolve("README.md")).isEmpty());
        assertTrue(LineagePanel.nodeForFile(LineageGraph.empty(), sample.resolve("contracts/payments.odcs.yaml")).isEmpty());
        String start = LineagePanel.startNode(graph).orElseThrow();
        assertEquals(NodeKind.CONTRACT, graph.node(start).orElseThrow().kind());
        assertTrue(LineagePanel.startNode(LineageGraph.empty()).isEmpty());
    }

    @Test
    void aDoubleClickedNodeOpensAtTheLineThatNamesIt() throws Exception {
        String metrics = java.nio.file.Files.readString(sample.resolve("models/metrics.yml"));
        assertEquals(3, LineagePanel.definitionLine(metrics, "revenue"));
        assertEquals(45, LineagePanel.definitionLine(metrics, "revenue_per_customer"));
        assertEquals(1, LineagePanel.definitionLine(metrics, "no_such_metric"));
        String contract = "name: Payments\nschema:\n  - name: refunds\n    properties:\n      - name: order_id\n"
                + "  - name: payments\n    properties:\n      - name: \"order_id\"  # the order\n";
        assertEquals(1, LineagePanel.definitionLine(contract, "Payments"));
        assertEquals(8, LineagePanel.definitionLine(contract, "payments.order_id"));
        assertEquals(5, LineagePanel.definitionLine(contract, "refunds.order_id"));
        assertEquals(1, LineagePanel.definitionLine(contract, "orders.order_id"));
    }

    @Test
    void aDbtNodeOpensAtItsUniqueIdInTheManifest() {
        Path manifest = Path.of("target/manifest.json");
        String pretty = "{\n  \"nodes\": {\n    \"model.shop.stg_orders\": {\n      \"name\": \"stg_orders\",\n"
                + "      \"unique_id\": \"model.shop.stg_orders\"\n    },\n    \"model.shop.orders\": {\n"
                + "      \"unique_id\": \"model.shop.orders\"\n    }\n  }\n}\n";
        assertEquals(5, LineagePanel.definitionLine(dbt("model.shop.stg_orders", manifest), pretty));
        assertEquals(8, LineagePanel.definitionLine(dbt("model.shop.orders", manifest), pretty),
                "a prefix of another id is not a match");
        assertEquals(1, LineagePanel.definitionLine(dbt("model.shop.nope", manifest), pretty));
        String oneLine = pretty.replace("\n", "");
        LineagePanel.Position at = LineagePanel.definitionPosition(dbt("model.shop.orders", manifest), oneLine);
        assertEquals(1, at.line(), "a one-line manifest opens on its only line...");
        assertEquals(oneLine.indexOf("\"unique_id\": \"model.shop.orders\"") + 1, at.column(), "...at the node's unique_id");
        assertEquals(new LineagePanel.Position(5, 7), LineagePanel.definitionPosition(dbt("model.shop.stg_orders", manifest), pretty));
    }

    @Test
    void aPortOpensAtItsNameInItsPortList() throws Exception {
        Path file = sample.resolve("products/revenue-reporting.dataproduct.yaml");
        String text = java.nio.file.Files.readString(file);
        LineageNode port = graph.nodes().stream()
                .filter(n -> n.kind() == NodeKind.PORT && n.id().contains("revenue-reporting/output/"))
                .findFirst().orElseThrow();
        int line = LineagePanel.definitionLine(port, text);
        String[] lines = text.split("\n");
        assertTrue(lines[line - 1].contains("id: revenue_daily_v1"), "line " + line + ": " + lines[line - 1]);
        LineageNode input = graph.nodes().stream()
                .filter(n -> n.kind() == NodeKind.PORT && n.id().endsWith("revenue-reporting/input/Orders"))
                .findFirst().orElseThrow(() -> new AssertionError(graph.nodes().stream().filter(n -> n.kind() == NodeKind.PORT).toList()));
        assertTrue(lines[LineagePanel.definitionLine(input, text) - 1].contains("name: Orders"));
        assertTrue(LineagePanel.definitionLine(input, text) < line, "the input port, not an output of the same name");
    }

    private static LineageNode dbt(String id, Path manifest) {
        return new LineageNode(id, NodeKind.MODEL, id.substring(id.lastIndexOf('.') + 1), java.util.Optional.of(manifest));
    }

    @Test
    void everyDataProductOfTheSampleHasItsDomainForGrouping() {
        java.util.Map<String, String> domains = LineagePanel.productDomains(sample);
        long products = graph.nodes().stream().filter(n -> n.kind() == NodeKind.DATA_PRODUCT).count();
        assertEquals(products, domains.size(), domains.toString());
        assertEquals("customer", domains.get("customer-360"), "the domain named in customer-360.odps.yaml, lower-cased");
        assertTrue(LineagePanel.productDomains(temp.resolve("no-such-workspace")).isEmpty());
    }
}
