package dev.steward.app.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.lineage.LineageGraph;
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
}
