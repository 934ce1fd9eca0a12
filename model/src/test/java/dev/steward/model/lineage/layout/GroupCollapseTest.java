package dev.steward.model.lineage.layout;

import static dev.steward.model.lineage.layout.LayeredLayoutTest.edge;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupCollapseTest {

    private final LayoutGraph graph = new LayoutGraph(
            List.of(node("a1", "A"), node("a2", "A"), node("b1", "B"), node("b2", "B"), new LayoutGraph.Node("free", 100, 40),
                    node("group:A", "C")), // a real node that happens to look like a group node id
            List.of(edge("a1", "a2"), edge("a1", "b1"), edge("a2", "b1"), edge("a2", "b2"), edge("b1", "free"),
                    edge("b2", "b2")));

    @Test
    void collapsedGroupsBecomeOneNodeWithMergedCountedEdges() {
        GroupCollapse.Collapsed collapsed = new GroupCollapse().collapse(graph, Set.of("C"));

        assertEquals(List.of("group:A#2", "group:B", "free", "group:A"), ids(collapsed.graph()));
        assertEquals(Map.of("A", "group:A#2", "B", "group:B"), collapsed.groupNodes());
        assertEquals("group:B", collapsed.drawnAs().get("b2"));
        assertEquals(Map.of(edge("group:A#2", "group:B"), 3, edge("group:B", "free"), 1, edge("group:B", "group:B"), 1),
                collapsed.edgeWeights(), "a1->a2 is inside A; b2's self-loop stays as a loop on B");
    }

    @Test
    void expandedGroupsKeepTheirNodes() {
        GroupCollapse.Collapsed collapsed = new GroupCollapse().collapse(graph, Set.of("B", "C"));

        assertEquals(List.of("group:A#2", "b1", "b2", "free", "group:A"), ids(collapsed.graph()));
        assertEquals(List.of("group:A#2->b1", "group:A#2->b2", "b1->free", "b2->b2"),
                collapsed.graph().edges().stream().map(e -> e.source() + "->" + e.target()).toList());
        assertEquals(2, collapsed.edgeWeights().get(edge("group:A#2", "b1")));
    }

    private static LayoutGraph.Node node(String id, String group) {
        return new LayoutGraph.Node(id, 100, 40, Optional.of(group));
    }

    private static List<String> ids(LayoutGraph graph) {
        return graph.nodes().stream().map(LayoutGraph.Node::id).toList();
    }
}
