package dev.steward.model.lineage.layout;

import static dev.steward.model.lineage.layout.LayeredLayoutTest.edge;
import static dev.steward.model.lineage.layout.LayeredLayoutTest.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutGraphTest {

    @Test
    void aValidGraphKeepsItsOrder() {
        LayoutGraph graph = new LayoutGraph(List.of(node("b"), node("a")), List.of(edge("b", "a"), edge("a", "a")));

        assertEquals(List.of("b", "a"), graph.nodes().stream().map(LayoutGraph.Node::id).toList());
        assertTrue(graph.edges().get(1).isSelfLoop());
        assertFalse(graph.edges().get(0).isSelfLoop());
    }

    @Test
    void aDuplicateNodeIdIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LayoutGraph(List.of(node("a"), node("a")), List.of()));
        assertEquals("Node 'a' appears twice in the graph; node ids must be unique", e.getMessage());
    }

    @Test
    void anEdgeToAMissingNodeIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LayoutGraph(List.of(node("a")), List.of(edge("a", "ghost"))));
        assertEquals("Edge a -> ghost refers to node 'ghost', which is not in the graph; edges may only connect the graph's nodes",
                e.getMessage());
    }

    @Test
    void aNodeWithoutAreaIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LayoutGraph.Node("a", 0, 40));
        assertEquals("Node 'a' needs a finite width and height > 0, got 0.0 x 40.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LayoutGraph.Node("a", 10, Double.NaN));
    }
}
