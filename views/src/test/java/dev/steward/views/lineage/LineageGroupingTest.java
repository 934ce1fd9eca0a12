package dev.steward.views.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.NodeKind;
import dev.steward.views.task.SameThreadTaskRunner;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Collapsing dbt packages and data products, and hiding seeds, in the view-model (no toolkit). */
class LineageGroupingTest {

    final LineageGraph project = LineageFixtures.generated(400);
    final LineageViewModel model = new LineageViewModel(new SameThreadTaskRunner());

    Set<String> packages() {
        return project.nodes().stream().map(n -> n.id().split("\\.")[1]).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void collapsedPackagesAreOneNodeEachWithTheirMemberCount() {
        model.setGraph(project);
        model.setGrouping(LineageGrouping.DBT_PACKAGE);
        LineageDrawing drawing = model.drawingProperty().get();
        assertEquals(packages(), new TreeSet<>(drawing.groups().values()));
        assertEquals(packages().size(), drawing.graph().nodeCount(), "every resource is inside a package");
        int members = 0;
        for (LineageNode n : drawing.graph().nodes()) {
            String count = n.name().replaceAll(".*\\((\\d+)\\)$", "$1");
            members += Integer.parseInt(count);
            assertTrue(n.name().startsWith(drawing.groupOf(n.id()).orElseThrow() + " ("), n.name());
        }
        assertEquals(project.nodeCount(), members);
        assertTrue(drawing.graph().edgeCount() < project.edgeCount(), "edges between two packages are merged");
        assertTrue(drawing.graph().edgeCount() > 0, "cross-package dependencies are kept");
        assertEquals(drawing.graph().edgeCount(), drawing.layout().edges().size());
    }

    @Test
    void expandingOnePackageShowsItsMembersAndCollapsingFoldsThemBack() {
        model.setGraph(project);
        model.setGrouping(LineageGrouping.DBT_PACKAGE);
        String groupNode = model.drawingProperty().get().groups().keySet().iterator().next();
        String pkg = model.groupOf(groupNode).orElseThrow();
        assertTrue(model.isCollapsedGroup(groupNode));

        model.expandGroup(pkg);
        LineageDrawing open = model.drawingProperty().get();
        long members = project.nodes().stream().filter(n -> n.id().split("\\.")[1].equals(pkg)).count();
        assertEquals(packages().size() - 1 + members, open.graph().nodeCount());
        assertFalse(open.groups().containsValue(pkg));
        String member = open.graph().nodes().stream().filter(n -> open.groupOf(n.id()).isEmpty()).findFirst().orElseThrow().id();
        assertEquals(Optional.of(pkg), model.groupOf(member), "a member knows its group, for 'Collapse'");
        assertFalse(model.isCollapsedGroup(member));

        model.collapseGroup(pkg);
        assertEquals(packages().size(), model.drawingProperty().get().graph().nodeCount());
        model.setGrouping(LineageGrouping.NONE);
        assertEquals(project.nodeCount(), model.drawingProperty().get().graph().nodeCount());
        assertTrue(model.drawingProperty().get().groups().isEmpty());
    }

    @Test
    void theFocusIsDrawnEvenInsideACollapsedPackage() {
        model.setGraph(project);
        model.setGrouping(LineageGrouping.DBT_PACKAGE);
        String focus = project.nodes().get(project.nodeCount() / 2).id();
        model.focusOn(focus);
        LineageDrawing drawing = model.drawingProperty().get();
        assertTrue(drawing.graph().contains(focus));
        assertTrue(drawing.layout().nodes().containsKey(focus));
    }

    @Test
    void dataProductsFoldTheirPortsAndOtherNodesStay() {
        LineageGraph graph = LineageFixtures.sample();
        assertEquals(Optional.of("customer-360"), LineageGrouping.DATA_PRODUCT.groupOf(
                new LineageNode("data_product:customer-360/output/customer-360", NodeKind.PORT, "out")));
        assertEquals(Optional.of("shop"), LineageGrouping.DBT_PACKAGE.groupOf(
                new LineageNode("model.shop.stg_orders", NodeKind.MODEL, "stg_orders")));
        assertEquals(Optional.empty(), LineageGrouping.DBT_PACKAGE.groupOf(
                new LineageNode("contract:orders", NodeKind.CONTRACT, "Orders")), "a contract is in no dbt package");
        LineageGrouping.Grouped grouped = LineageGrouping.DATA_PRODUCT.collapse(graph, Set.of());
        assertEquals(graph.nodeCount(), grouped.graph().nodeCount(), "no data products in this graph: nothing folds");
        assertEquals(Map.of(), grouped.groups());
        LineageGrouping.Grouped none = LineageGrouping.NONE.collapse(graph, Set.of());
        assertEquals(List.copyOf(graph.nodes()), List.copyOf(none.graph().nodes()));
    }

    @Test
    void hidingSeedsRemovesThemFromTheDrawingAndTheSearch() {
        LineageGraph graph = LineageFixtures.withUpstream(LineageFixtures.sample(), NodeKind.SEED, "seed.shop.country_codes",
                "model.shop.dim_customers");
        model.setGraph(graph);
        assertTrue(model.drawingProperty().get().graph().contains("seed.shop.country_codes"));
        model.setSearchText("country");
        assertEquals(1, model.matchesProperty().size());
        model.setHideSeeds(true);
        assertFalse(model.drawingProperty().get().graph().contains("seed.shop.country_codes"));
        assertTrue(model.matchesProperty().isEmpty());
        model.focusOn("seed.shop.country_codes");
        assertTrue(model.messageProperty().get().contains("seeds are hidden"), model.messageProperty().get());
    }

    @Test
    void productsOfOneDomainFoldIntoOneNodeWithTheirPorts() {
        LineageGraph mesh = dev.steward.model.lineage.LineageGraphBuilder.build(List.of(b -> {
            b.addNode(new LineageNode("contract:orders", NodeKind.CONTRACT, "Orders"));
            b.addNode(new LineageNode("data_product:shop-orders", NodeKind.DATA_PRODUCT, "Shop orders"));
            b.addNode(new LineageNode("data_product:shop-orders/output/orders", NodeKind.PORT, "Shop orders output orders"));
            b.addNode(new LineageNode("data_product:revenue", NodeKind.DATA_PRODUCT, "Revenue"));
            b.addNode(new LineageNode("data_product:revenue/input/orders", NodeKind.PORT, "Revenue input orders"));
            b.addNode(new LineageNode("data_product:churn", NodeKind.DATA_PRODUCT, "Churn"));
            b.addEdge("data_product:shop-orders", "data_product:shop-orders/output/orders", dev.steward.model.lineage.EdgeKind.PORT);
            b.addEdge("data_product:shop-orders/output/orders", "contract:orders", dev.steward.model.lineage.EdgeKind.PORT);
            b.addEdge("contract:orders", "data_product:revenue/input/orders", dev.steward.model.lineage.EdgeKind.PORT);
            b.addEdge("data_product:revenue/input/orders", "data_product:revenue", dev.steward.model.lineage.EdgeKind.PORT);
        })).graph();
        model.setGraph(mesh);
        model.setGrouping(LineageGrouping.DOMAIN);
        assertEquals(mesh.nodeCount(), model.drawingProperty().get().graph().nodeCount(), "no domains known: nothing folds");

        model.setProductDomains(Map.of("shop-orders", "sales", "revenue", "sales", "churn", "marketing"));
        LineageDrawing drawing = model.drawingProperty().get();
        assertEquals(Set.of("sales", "marketing"), Set.copyOf(drawing.groups().values()));
        assertEquals(List.of("contract:orders", "sales (4)", "marketing (1)"),
                drawing.graph().nodes().stream().map(n -> n.kind() == NodeKind.CONTRACT ? n.id() : n.name()).toList());
        assertEquals(2, drawing.graph().edgeCount(), "sales -> contract -> sales: the ports' edges, merged");
    }
}
