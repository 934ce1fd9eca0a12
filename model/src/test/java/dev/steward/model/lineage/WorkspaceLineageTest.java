package dev.steward.model.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLineageTest {

    @TempDir
    Path root;

    static void assertEdge(LineageGraph g, String from, String to, EdgeKind kind) {
        assertTrue(g.edges().contains(new LineageEdge(from, to, kind)),
                () -> "missing " + kind.id() + " edge " + from + " -> " + to + "; edges: " + g.edges());
    }

    static Set<String> ids(LineageGraph g) {
        return g.nodes().stream().map(LineageNode::id).collect(Collectors.toSet());
    }

    private Lineage build(boolean manifest, List<Path> openLineage) throws IOException {
        LineageWorkspaceFixture.write(root, manifest);
        return WorkspaceLineage.build(root, new WorkspaceLineage.Sources(Optional.empty(), openLineage));
    }

    @Test
    void contractsGiveObjectsPropertiesAndColumnLevelEdges() throws IOException {
        Lineage lineage = build(false, List.of());
        LineageGraph g = lineage.graph();

        assertEquals(List.of(), lineage.problems());
        assertEquals("Orders", g.node("contract:orders").orElseThrow().name());
        assertEquals(NodeKind.SCHEMA_OBJECT, g.node("contract:orders/order_lines").orElseThrow().kind());
        assertEquals("order_lines.shipping.city", g.node("contract:orders/order_lines/shipping.city").orElseThrow().name());
        assertEdge(g, "contract:orders/orders", "contract:orders", EdgeKind.PART_OF);
        assertEdge(g, "contract:orders/orders/amount", "contract:orders/orders", EdgeKind.PART_OF);
        assertEdge(g, "contract:orders/order_lines/shipping.city", "contract:orders/order_lines/shipping", EdgeKind.PART_OF);
        // property-level relationship across files, schema-level relationship within the file
        assertEdge(g, "contract:customers/customers/id", "contract:orders/orders/customer_id", EdgeKind.REFERENCES);
        assertEdge(g, "contract:orders/orders/order_id", "contract:orders/order_lines/order_id", EdgeKind.REFERENCES);
        // transformSourceObjects: another contract's object, and a table nothing defines
        assertEdge(g, "contract:orders/orders", "contract:customers/customers/lifetime_value", EdgeKind.TRANSFORMS);
        assertEdge(g, "dataset:payments", "contract:customers/customers/lifetime_value", EdgeKind.TRANSFORMS);
        assertEquals(Optional.of(root.resolve("orders.odcs.yaml")), g.node("contract:orders").orElseThrow().file());
    }

    @Test
    void aSemanticModelReadingAContractObjectHangsBelowItSoContractChangesReachTheMetrics() throws IOException {
        LineageWorkspaceFixture.write(root, false);
        Files.writeString(root.resolve("models/semantic.yml"), LineageWorkspaceFixture.SEMANTIC.replace("ref('fct_orders')", "ref('orders')"));
        LineageGraph g = WorkspaceLineage.build(root, new WorkspaceLineage.Sources(Optional.empty(), List.of())).graph();

        assertEdge(g, "contract:orders/orders", "semantic_model:orders_sm", EdgeKind.DEPENDS_ON);
        assertFalse(g.contains("model:orders"), "ref('orders') is the contract object, not an unknown dbt model");
        ImpactAnalysis.Reached aov = ImpactAnalysis.downstream(g, "contract:orders/orders/amount").reached().stream()
                .filter(r -> r.node().id().equals("metric:average_order_value")).findFirst().orElseThrow();
        assertEquals("contract:orders/orders/amount", aov.path().getFirst().id());
    }

    @Test
    void dcsContractsAreReadLikeOdcs() throws IOException {
        Files.writeString(root.resolve("shipments.yaml"), """
                dataContractSpecification: 1.1.0
                id: shipments
                info:
                  title: Shipments
                  version: 1.0.0
                models:
                  shipments:
                    fields:
                      order_id:
                        type: string
                        references: orders.order_id
                      cost:
                        type: decimal
                        lineage:
                          inputFields:
                            - namespace: wh
                              name: carrier_invoices
                              field: amount
                """);
        LineageGraph g = build(false, List.of()).graph();

        assertEquals("Shipments", g.node("contract:shipments").orElseThrow().name());
        assertEdge(g, "contract:shipments/shipments/cost", "contract:shipments/shipments", EdgeKind.PART_OF);
        assertEdge(g, "contract:orders/orders/order_id", "contract:shipments/shipments/order_id", EdgeKind.REFERENCES);
        assertEdge(g, "dataset:carrier_invoices", "contract:shipments/shipments/cost", EdgeKind.TRANSFORMS);
    }

    @Test
    void aQualifiedPhysicalNameMatchesOnlyTheResourceWithThatRelation() throws IOException {
        Path contract = Files.writeString(root.resolve("c.yaml"), """
                apiVersion: v3.0.2
                kind: DataContract
                id: c
                schema:
                  - name: orders_table
                    physicalName: analytics.orders
                  - name: orders
                """);
        LineageContributor dbt = b -> {
            for (String[] r : new String[][] {{"source.p.raw.orders", "raw"}, {"model.p.orders", "analytics"}}) {
                b.addNode(new LineageNode(r[0], r[0].startsWith("source") ? NodeKind.SOURCE : NodeKind.MODEL, "orders"));
                b.alias(LineageAlias.relation(r[1] + ".orders"), r[0]);
                b.alias(LineageAlias.table("orders"), r[0]);
            }
        };
        Lineage lineage = LineageGraphBuilder.build(List.of(dbt, new ContractLineageContributor(root, List.of(contract))));
        LineageGraph g = lineage.graph();

        // the model delivers what the contract promises: its changes reach the contract
        assertEquals(List.of(new LineageEdge("model.p.orders", "contract:c/orders_table", EdgeKind.DELIVERS)),
                g.incoming("contract:c/orders_table").stream().filter(e -> e.kind() != EdgeKind.PART_OF).toList());
        assertTrue(g.outgoing("contract:c/orders_table").stream().noneMatch(e -> e.kind() == EdgeKind.DESCRIBES));
        // an unqualified name that fits a source and a model would make a cycle: neither is linked, and the user is told
        assertEquals(List.of(new LineageEdge("contract:c/orders", "contract:c", EdgeKind.PART_OF)),
                java.util.stream.Stream.concat(g.incoming("contract:c/orders").stream(), g.outgoing("contract:c/orders").stream()).toList());
        assertEquals(List.of(contract + ": schema object 'orders' matches 2 dbt resources by table name (source.p.raw.orders, "
                + "model.p.orders), so it is linked to none; give its physicalName as schema.table to link it"),
                lineage.problems().stream().map(LineageProblem::toString).toList());
    }

    @Test
    void semanticLayerWithoutManifestReadsItsRefsAndMetricInputs() throws IOException {
        LineageGraph g = build(false, List.of()).graph();

        // ref('fct_orders') is the order-facts contract's schema object (the order semantic validation resolves refs in)
        assertFalse(g.contains("model:fct_orders"));
        assertEdge(g, "contract:order-facts/fct_orders", "semantic_model:orders_sm", EdgeKind.DEPENDS_ON);
        assertEdge(g, "semantic_model:orders_sm", "metric:revenue", EdgeKind.DEPENDS_ON);
        assertEdge(g, "metric:revenue", "metric:average_order_value", EdgeKind.DEPENDS_ON);
        assertEdge(g, "metric:order_total", "metric:average_order_value", EdgeKind.DEPENDS_ON);
        assertEquals(2, g.incoming("metric:average_order_value").size());
        assertEquals(Optional.of(root.resolve("models/semantic.yml")), g.node("metric:revenue").orElseThrow().file());
    }

    @Test
    void withAManifestDbtResourcesKeepTheirIdsAndContractsDescribeThem() throws IOException {
        Lineage lineage = build(true, List.of());
        LineageGraph g = lineage.graph();

        assertEquals(List.of(), lineage.problems());
        assertEquals("raw.orders", g.node("source.shop.raw.orders").orElseThrow().name());
        assertEdge(g, "source.shop.raw.orders", "model.shop.stg_orders", EdgeKind.DEPENDS_ON);
        assertEdge(g, "contract:orders/orders", "source.shop.raw.orders", EdgeKind.DESCRIBES);
        // the manifest's revenue wins; the workspace-only semantic model reads the manifest's model
        assertFalse(g.contains("metric:revenue"));
        assertFalse(g.contains("model:fct_orders"));
        // the dbt model delivers the contract object the semantic model reads: model -> contract -> semantic model
        assertEdge(g, "model.shop.fct_orders", "contract:order-facts/fct_orders", EdgeKind.DELIVERS);
        assertEdge(g, "contract:order-facts/fct_orders", "semantic_model:orders_sm", EdgeKind.DEPENDS_ON);
        assertEdge(g, "metric.shop.revenue", "metric:average_order_value", EdgeKind.DEPENDS_ON);
        // transformSourceObjects prefers the warehouse table (the dbt source) over a contract of that name
        assertEdge(g, "source.shop.raw.orders", "contract:customers/customers/lifetime_value", EdgeKind.TRANSFORMS);
        assertFalse(g.contains("macro.dbt.run_query"), "macros are not lineage");
        assertTrue(g.contains("test.shop.not_null_fct_orders_amount.1a2b"));
        assertFalse(g.withoutTests().contains("test.shop.not_null_fct_orders_amount.1a2b"));
    }

    @Test
    void impactOfAPropertyExplainsEachDownstreamNodeWithOnePath() throws IOException {
        LineageGraph g = build(true, List.of()).graph().withoutTests();

        ImpactAnalysis.Impact impact = ImpactAnalysis.downstream(g, "contract:orders/orders/amount");

        var byCategory = impact.byCategory();
        assertEquals(List.of(NodeKind.Category.CONTRACTS, NodeKind.Category.METRICS, NodeKind.Category.EXPOSURES,
                NodeKind.Category.DBT), List.copyOf(byCategory.keySet()), "report order");
        ImpactAnalysis.Reached dashboard = byCategory.get(NodeKind.Category.EXPOSURES).getFirst();
        assertEquals("exposure.shop.exec_dashboard", dashboard.node().id());
        assertEquals("orders.amount → orders → raw.orders → stg_orders → fct_orders → exec_dashboard", dashboard.explanation());
        Set<String> metrics = byCategory.get(NodeKind.Category.METRICS).stream().map(r -> r.node().id()).collect(Collectors.toSet());
        assertEquals(Set.of("semantic_model.shop.orders", "metric.shop.revenue", "semantic_model:orders_sm",
                "metric:order_total", "metric:average_order_value"), metrics);
        assertTrue(byCategory.get(NodeKind.Category.CONTRACTS).stream()
                .anyMatch(r -> r.node().id().equals("contract:customers/customers/lifetime_value")));
    }

    @Test
    void aModelChangeReachesTheContractItDelivers() throws IOException {
        LineageGraph g = build(true, List.of()).graph().withoutTests();

        assertEdge(g, "model.shop.fct_orders", "contract:order-facts/fct_orders", EdgeKind.DELIVERS);
        assertFalse(new org.jgrapht.alg.cycle.CycleDetector<>(g.asGraph()).detectCycles(), "lineage flows one way");
        ImpactAnalysis.Reached contract = ImpactAnalysis.downstream(g, "model.shop.stg_orders").reached().stream()
                .filter(r -> r.node().id().equals("contract:order-facts")).findFirst().orElseThrow();
        assertEquals("stg_orders → fct_orders → fct_orders → Order facts", contract.explanation());
        assertTrue(ImpactAnalysis.downstream(g, "contract:order-facts/fct_orders/amount").reached().stream()
                .noneMatch(r -> r.node().kind() == NodeKind.MODEL), "the model is upstream of its output contract");
    }

    @Test
    void upstreamOfAMetricReachesTheContractObjectsItIsMadeFrom() throws IOException {
        LineageGraph g = build(true, List.of()).graph().withoutTests();

        ImpactAnalysis.Impact impact = ImpactAnalysis.upstream(g, "metric:average_order_value");

        ImpactAnalysis.Reached object = impact.reached().stream()
                .filter(r -> r.node().id().equals("contract:orders/orders")).findFirst().orElseThrow();
        assertEquals("orders → raw.orders → stg_orders → fct_orders → orders → revenue → average_order_value",
                object.explanation());
        assertEquals(6, object.hops());
        assertTrue(impact.reached().stream().anyMatch(r -> r.node().id().equals("contract:orders/orders/amount")));
        assertFalse(impact.reached().stream().anyMatch(r -> r.node().id().equals("contract:orders")),
                "the contract is made of its objects, not their source");
    }

    @Test
    void aDataProductPlugsInAsOneContributorAndShowsInImpact() throws IOException {
        LineageWorkspaceFixture.write(root, false);
        // what a data product contributor does: a product whose input port consumes the contract 'orders'
        LineageContributor products = b -> {
            b.addNode(new LineageNode("product:checkout", NodeKind.DATA_PRODUCT, "checkout"));
            b.addNode(new LineageNode("product:checkout/in/orders", NodeKind.PORT, "checkout.orders"));
            b.addEdge("product:checkout/in/orders", "product:checkout", EdgeKind.PART_OF);
            b.resolveFirst(LineageAlias.contract("orders"))
                    .ifPresent(contract -> b.addEdge(contract, "product:checkout/in/orders", EdgeKind.PORT));
        };
        LineageGraph g = WorkspaceLineage.build(root, WorkspaceLineage.Sources.workspaceOnly(), List.of(products)).graph();

        var impact = ImpactAnalysis.downstream(g, "contract:orders/orders/amount").byCategory();

        assertEquals(List.of("orders.amount → orders → Orders → checkout.orders", "orders.amount → orders → Orders → checkout.orders → checkout"),
                impact.get(NodeKind.Category.PRODUCTS).stream().map(ImpactAnalysis.Reached::explanation).toList());
    }

    @Test
    void openLineageEventsAddJobsDatasetsAndColumns() throws IOException {
        LineageWorkspaceFixture.write(root, true);
        Path events = LineageWorkspaceFixture.openLineage(root);
        LineageGraph g = WorkspaceLineage.build(root, new WorkspaceLineage.Sources(Optional.empty(), List.of(events))).graph();

        assertEdge(g, "model.shop.fct_orders", "job:airflow:nightly_export", EdgeKind.OBSERVED);
        assertEdge(g, "job:airflow:nightly_export", "dataset:s3://exports:orders.csv", EdgeKind.OBSERVED);
        assertEdge(g, "model.shop.fct_orders/amount", "dataset:s3://exports:orders.csv/total", EdgeKind.OBSERVED);
        assertEdge(g, "model.shop.fct_orders/amount", "model.shop.fct_orders", EdgeKind.PART_OF);
        assertEquals("fct_orders.amount", g.node("model.shop.fct_orders/amount").orElseThrow().name());
        assertEquals(1, g.nodes().stream().filter(n -> n.kind() == NodeKind.JOB).count(), "the START event adds nothing");
    }

    @Test
    void unreadableInputsAreReportedNotThrown() throws IOException {
        Files.writeString(root.resolve("broken.json"), "{\"nodes\": [");
        Files.writeString(root.resolve("events.json"), "[{\"job\": ");
        Lineage lineage = WorkspaceLineage.build(root,
                new WorkspaceLineage.Sources(Optional.of(root.resolve("broken.json")), List.of(root.resolve("events.json"))));

        assertEquals(2, lineage.problems().size(), lineage.problems().toString());
        assertTrue(lineage.problems().get(0).toString().contains("broken.json: not valid JSON"), lineage.problems().toString());
        assertTrue(lineage.problems().get(1).message().startsWith("not valid JSON"), lineage.problems().toString());
        assertEquals(0, lineage.graph().nodeCount());
    }

    @Test
    void aCatalogIsNoManifest() throws IOException {
        Path catalog = Files.writeString(root.resolve("catalog.json"), "{\"metadata\": {}, \"sources\": {}}");
        Lineage lineage = WorkspaceLineage.build(root, new WorkspaceLineage.Sources(Optional.of(catalog), List.of()));

        assertEquals(1, lineage.problems().size());
        assertTrue(lineage.problems().getFirst().message().startsWith("not a dbt manifest"), lineage.problems().toString());
    }

}
