package dev.steward.model.lineage;

import static dev.steward.model.lineage.WorkspaceLineageTest.assertEdge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.mesh.SampleMesh;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The data products of the sample workspace in its lineage, and impact from a contract to its consumers. */
class DataProductLineageTest {

    private static final Path SAMPLE = SampleMesh.MESH.toAbsolutePath().normalize();
    private static final String ORDERS = "contract:5f2e8c41-9d3a-4b67-a1c0-2e4f6a8b9c31";
    private static final String CUSTOMER_360 = "data_product:customer-360";

    private static LineageGraph sample() {
        Lineage lineage = WorkspaceLineage.build(SAMPLE, WorkspaceLineage.Sources.workspaceOnly());
        return lineage.graph();
    }

    @Test
    void productsAndPortsSitBetweenTheContractsTheyConsumeAndPromise() {
        LineageGraph g = sample();
        assertEquals(NodeKind.DATA_PRODUCT, g.node(CUSTOMER_360).orElseThrow().kind());
        assertEquals(Optional.of(SAMPLE.resolve("products/customer-360.odps.yaml")), g.node(CUSTOMER_360).orElseThrow().file());
        String in = "data_product:customer-360/input/orders";
        String out = "data_product:customer-360/output/customer-360";
        assertEquals(NodeKind.PORT, g.node(in).orElseThrow().kind());
        assertEdge(g, ORDERS, in, EdgeKind.PORT);
        assertEdge(g, in, CUSTOMER_360, EdgeKind.PORT);
        assertEdge(g, CUSTOMER_360, out, EdgeKind.PORT);
        assertEdge(g, out, "contract:customer-360", EdgeKind.PORT);
        assertEdge(g, "data_product:web-shop-orders/output/orders", ORDERS, EdgeKind.PORT);
        // DPS: an input port reading another product
        assertEdge(g, "data_product:web-shop-orders", "data_product:revenue-reporting/input/Orders", EdgeKind.PORT);
        assertEquals(6, g.nodes().stream().filter(n -> n.kind() == NodeKind.DATA_PRODUCT).count());
    }

    @Test
    void impactOfAContractReachesTheProductsConsumingIt() {
        ImpactAnalysis.Impact impact = ImpactAnalysis.downstream(sample(), ORDERS);
        List<String> reached = impact.reached().stream().map(r -> r.node().id()).toList();
        assertTrue(reached.contains(CUSTOMER_360), reached.toString());
        assertTrue(reached.contains("contract:customer-360"), "and the contract the consumer promises: " + reached);
        assertFalse(reached.contains("data_product:web-shop-orders"), "the provider is upstream, not affected: " + reached);
        assertFalse(impact.byCategory().getOrDefault(NodeKind.Category.PRODUCTS, List.of()).isEmpty());
    }
}
