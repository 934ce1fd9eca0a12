package dev.steward.model.lineage.layout;

import static dev.steward.model.lineage.layout.LayeredLayoutTest.edge;
import static dev.steward.model.lineage.layout.LayeredLayoutTest.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineageNeighbourhoodTest {

    /**
     * src1 → stg1 → int → fct → dash, src2 → stg2 → int, stg1 → other (a sibling branch of the focus),
     * lone (not connected), fct → fct (self-loop).
     */
    private final LineageNeighbourhood lineage = new LineageNeighbourhood(new LayoutGraph(
            List.of(node("src1"), node("src2"), node("stg1"), node("stg2"), node("int"), node("other"), node("fct"),
                    node("dash"), node("lone")),
            List.of(edge("src1", "stg1"), edge("src2", "stg2"), edge("stg1", "int"), edge("stg2", "int"),
                    edge("stg1", "other"), edge("int", "fct"), edge("fct", "dash"), edge("fct", "fct"))));

    @Test
    void oneHopEachWayShowsParentsAndChildrenWithEdgesBetweenThem() {
        LineageNeighbourhood.Focus focus = lineage.around("int", 1, 1);

        assertEquals(List.of("stg1", "stg2", "int", "fct"), ids(focus.graph()));
        assertEquals(List.of("stg1->int", "stg2->int", "int->fct", "fct->fct"), edges(focus.graph()));
        assertEquals(Map.of("stg1", 2, "stg2", 1, "fct", 1), focus.hiddenNeighbours(),
                "stg1 hides src1 and the sibling 'other'; stg2 hides src2; fct hides dash");
    }

    @Test
    void upstreamAndDownstreamDepthsAreIndependent() {
        assertEquals(List.of("src1", "src2", "stg1", "stg2", "int"), ids(lineage.around("int", 2, 0).graph()));
        assertEquals(List.of("int", "fct", "dash"), ids(lineage.around("int", 0, LineageNeighbourhood.ALL_HOPS).graph()));
    }

    @Test
    void allHopsFollowsOnlyAncestorsAndDescendantsNotSiblings() {
        LineageNeighbourhood.Focus focus = lineage.around("fct", LineageNeighbourhood.ALL_HOPS, LineageNeighbourhood.ALL_HOPS);

        assertEquals(List.of("src1", "src2", "stg1", "stg2", "int", "fct", "dash"), ids(focus.graph()));
        assertEquals(Map.of("stg1", 1), focus.hiddenNeighbours(), "only the sibling branch 'other' is left out");
    }

    @Test
    void zeroHopsIsTheFocusAlone() {
        assertEquals(List.of("lone"), ids(lineage.around("lone", 0, 0).graph()));
        assertEquals(List.of("lone"), ids(lineage.around("lone", 3, 3).graph()));
    }

    @Test
    void anUnknownFocusOrNegativeDepthIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lineage.around("nope", 1, 1));
        assertEquals("Node 'nope' is not in the lineage graph; focus on one of its 9 nodes", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> lineage.around("int", -1, 1));
    }

    private static List<String> ids(LayoutGraph graph) {
        return graph.nodes().stream().map(LayoutGraph.Node::id).toList();
    }

    private static List<String> edges(LayoutGraph graph) {
        return graph.edges().stream().map(e -> e.source() + "->" + e.target()).toList();
    }
}
