package dev.steward.model.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LineageGraphTest {

    /** a -> b -> c -> d -> e, x -> c, two contract properties p1 (of t1) -> p2 (of t2), and a test on b. */
    private static LineageGraph sample() {
        return LineageGraphBuilder.build(List.of(b -> {
            for (String id : List.of("a", "b", "c", "d", "e", "x")) {
                b.addNode(new LineageNode("model.p." + id, NodeKind.MODEL, id));
            }
            b.addNode(new LineageNode("test.p.not_null_b", NodeKind.TEST, "not_null_b"));
            b.addEdge("model.p.a", "model.p.b", EdgeKind.DEPENDS_ON);
            b.addEdge("model.p.b", "model.p.c", EdgeKind.DEPENDS_ON);
            b.addEdge("model.p.c", "model.p.d", EdgeKind.DEPENDS_ON);
            b.addEdge("model.p.d", "model.p.e", EdgeKind.DEPENDS_ON);
            b.addEdge("model.p.x", "model.p.c", EdgeKind.DEPENDS_ON);
            b.addEdge("model.p.b", "test.p.not_null_b", EdgeKind.DEPENDS_ON);
            b.addNode(new LineageNode("contract:k/t1", NodeKind.SCHEMA_OBJECT, "t1"));
            b.addNode(new LineageNode("contract:k/t2", NodeKind.SCHEMA_OBJECT, "t2"));
            b.addNode(new LineageNode("contract:k/t1/p1", NodeKind.PROPERTY, "t1.p1"));
            b.addNode(new LineageNode("contract:k/t2/p2", NodeKind.PROPERTY, "t2.p2"));
            b.addNode(new LineageNode("contract:k/t2/p3", NodeKind.PROPERTY, "t2.p3"));
            b.addEdge("contract:k/t1/p1", "contract:k/t1", EdgeKind.PART_OF);
            b.addEdge("contract:k/t2/p2", "contract:k/t2", EdgeKind.PART_OF);
            b.addEdge("contract:k/t2/p3", "contract:k/t2", EdgeKind.PART_OF);
            b.addEdge("contract:k/t1/p1", "contract:k/t2/p2", EdgeKind.REFERENCES);
            b.addEdge("contract:k/t2/p2", "contract:k/t2/p3", EdgeKind.TRANSFORMS);
            b.addEdge("model.p.a", "model.p.a", EdgeKind.DEPENDS_ON);
        })).graph();
    }

    @Test
    void neighbourhoodTakesUpAndDownHopsSeparately() {
        LineageGraph g = sample().neighbourhood("model.p.c", 1, 2);

        assertEquals(Set.of("model.p.b", "model.p.x", "model.p.c", "model.p.d", "model.p.e"), WorkspaceLineageTest.ids(g));
        assertEquals(4, g.edgeCount());
        assertEquals(Set.of("model.p.c"), WorkspaceLineageTest.ids(sample().neighbourhood("model.p.c", 0, 0)));
        assertEquals(0, sample().neighbourhood("model.p.nope", 1, 1).nodeCount());
    }

    @Test
    void tableLevelFoldsPropertiesIntoTheirObjects() {
        LineageGraph g = sample().tableLevel();

        assertFalse(g.nodes().stream().anyMatch(n -> n.kind().isField()));
        assertTrue(g.edges().contains(new LineageEdge("contract:k/t1", "contract:k/t2", EdgeKind.REFERENCES)));
        assertTrue(g.edges().stream().noneMatch(e -> e.kind() == EdgeKind.TRANSFORMS), "within one table: dropped");
    }

    @Test
    void selfLoopsAreIgnoredAndEdgesToUnknownNodesRejected() {
        assertTrue(sample().incoming("model.p.a").isEmpty());
        LineageGraphBuilder b = new LineageGraphBuilder();
        b.addNode(new LineageNode("a", NodeKind.MODEL, "a"));
        assertThrows(IllegalArgumentException.class, () -> b.addEdge("a", "b", EdgeKind.DEPENDS_ON));
    }

    @Test
    void theGraphCannotBeChangedThroughItsJGraphTView() {
        LineageGraph g = sample();
        assertThrows(UnsupportedOperationException.class, () -> g.asGraph().addVertex("y"));
        assertThrows(UnsupportedOperationException.class, () -> g.nodes().add(new LineageNode("y", NodeKind.MODEL, "y")));
    }

    @Test
    void lookupByIdByNameOrWithSuggestions() {
        LineageGraph g = sample();

        assertEquals("model.p.c", ((NodeLookup.Found) NodeLookup.find(g, "model.p.c")).node().id());
        assertEquals("model.p.c", ((NodeLookup.Found) NodeLookup.find(g, "c")).node().id());
        assertEquals("contract:k/t1/p1", ((NodeLookup.Found) NodeLookup.find(g, "T1.P1")).node().id());
        NodeLookup.Unknown typo = assertInstanceOf(NodeLookup.Unknown.class, NodeLookup.find(g, "model.p.cc"));
        assertEquals("model.p.c", typo.suggestions().getFirst());
        assertEquals("contract:k/t2", ((NodeLookup.Unknown) NodeLookup.find(g, "contract:k/t2/")).suggestions().getFirst());
        NodeLookup.Unknown part = assertInstanceOf(NodeLookup.Unknown.class, NodeLookup.find(g, "t2/p"));
        assertEquals(List.of("contract:k/t2/p2", "contract:k/t2/p3"), part.suggestions().stream().sorted().toList());
        assertEquals(List.of(), assertInstanceOf(NodeLookup.Unknown.class, NodeLookup.find(g, "zzzzzzzzzzzz")).suggestions());
    }

    @Test
    void lookupOfASharedNameIsAmbiguous() {
        LineageGraph g = LineageGraphBuilder.build(List.of(b -> {
            b.addNode(new LineageNode("model.p.orders", NodeKind.MODEL, "orders"));
            b.addNode(new LineageNode("contract:o/orders", NodeKind.SCHEMA_OBJECT, "orders"));
        })).graph();

        NodeLookup.Ambiguous a = assertInstanceOf(NodeLookup.Ambiguous.class, NodeLookup.find(g, "orders"));
        assertEquals(2, a.candidates().size());
    }

    @Test
    void impactOfALeafIsEmpty() {
        assertTrue(ImpactAnalysis.downstream(sample().withoutTests(), "model.p.e").isEmpty());
        assertEquals(List.of("model.p.c", "model.p.d", "model.p.e"), ImpactAnalysis.downstream(sample(), "model.p.x")
                .reached().stream().map(r -> r.node().id()).toList());
        assertThrows(IllegalArgumentException.class, () -> ImpactAnalysis.downstream(sample(), "nope"));
    }
}
