package dev.steward.model.lineage.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.bench.DbtProjectGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

    private static final double TOLERANCE = 0.5;
    /** A dbt-like project: sources → staging → intermediate → marts → exposures, acyclic, a few packages. */
    private static final LayoutGraph PROJECT = new DbtProjectGenerator(7).generate(240).toLayoutGraph();

    @Test
    void nodesKeepTheirSizeAndNoTwoNodeRectanglesOverlap() {
        for (LayoutOptions options : List.of(LayoutOptions.readable(), LayoutOptions.fast())) {
            GraphLayout layout = new LayeredLayout(options).layout(PROJECT);

            assertEquals(PROJECT.nodes().size(), layout.nodes().size(), options.describe());
            for (LayoutGraph.Node node : PROJECT.nodes()) {
                Rect r = layout.nodes().get(node.id());
                assertEquals(node.width(), r.width(), 1e-9);
                assertEquals(node.height(), r.height(), 1e-9);
                assertTrue(r.x() >= 0 && r.y() >= 0 && r.maxX() <= layout.bounds().maxX() && r.maxY() <= layout.bounds().maxY(),
                        node.id() + " " + r + " lies outside the bounds " + layout.bounds());
            }
            assertEquals(List.of(), overlapping(layout), options.describe());
        }
    }

    @Test
    void everyEdgeStartsOnItsSourceBorderAndEndsOnItsTargetBorder() {
        for (LayoutOptions options : List.of(LayoutOptions.readable(), LayoutOptions.fast())) {
            GraphLayout layout = new LayeredLayout(options).layout(PROJECT);

            assertEquals(PROJECT.edges().size(), layout.edges().size());
            for (EdgeRoute route : layout.edges()) {
                assertTrue(layout.nodes().get(route.source()).onBorder(route.start(), TOLERANCE),
                        route + " does not start on the border of " + layout.nodes().get(route.source()));
                assertTrue(layout.nodes().get(route.target()).onBorder(route.end(), TOLERANCE),
                        route + " does not end on the border of " + layout.nodes().get(route.target()));
            }
        }
    }

    @Test
    void inAnAcyclicGraphEveryTargetLiesRightOfItsSource() {
        for (LayoutOptions options : List.of(LayoutOptions.readable(), LayoutOptions.fast())) {
            GraphLayout layout = new LayeredLayout(options).layout(PROJECT);

            for (LayoutGraph.Edge edge : PROJECT.edges()) {
                Rect source = layout.nodes().get(edge.source());
                Rect target = layout.nodes().get(edge.target());
                assertTrue(source.maxX() <= target.x(), edge + ": source " + source + " is not left of target " + target);
            }
        }
    }

    @Test
    void sameInputGivesTheSameCoordinates() {
        GraphLayout first = new LayeredLayout().layout(PROJECT);
        GraphLayout second = new LayeredLayout().layout(new LayoutGraph(PROJECT.nodes(), PROJECT.edges()));

        assertEquals(first, second);
        assertEquals(List.copyOf(first.nodes().keySet()), PROJECT.nodes().stream().map(LayoutGraph.Node::id).toList());
    }

    @Test
    void emptyGraphGivesAnEmptyLayout() {
        GraphLayout layout = new LayeredLayout().layout(LayoutGraph.EMPTY);

        assertTrue(layout.nodes().isEmpty());
        assertTrue(layout.edges().isEmpty());
        assertEquals(0, layout.bounds().width());
    }

    @Test
    void selfLoopsDuplicateEdgesCyclesAndLoneNodesAreLaidOut() {
        LayoutGraph graph = new LayoutGraph(
                List.of(node("a"), node("b"), node("c"), node("lonely"), node("d"), node("self")),
                List.of(edge("a", "b"), edge("b", "c"), edge("c", "a"), // cycle
                        edge("a", "b"), edge("a", "b"), // duplicates
                        edge("self", "self"), edge("c", "d")));

        GraphLayout layout = new LayeredLayout().layout(graph);

        assertEquals(List.of("a", "b", "c", "lonely", "d", "self"), List.copyOf(layout.nodes().keySet()));
        assertEquals(List.of(), overlapping(layout));
        assertEquals(List.of("a->b", "b->c", "c->a", "self->self", "c->d"),
                layout.edges().stream().map(e -> e.source() + "->" + e.target()).toList(), "one route per distinct edge");
        for (EdgeRoute route : layout.edges()) {
            assertTrue(layout.nodes().get(route.source()).onBorder(route.start(), TOLERANCE), route.toString());
            assertTrue(layout.nodes().get(route.target()).onBorder(route.end(), TOLERANCE), route.toString());
        }
        EdgeRoute loop = layout.edges().get(3);
        assertFalse(loop.bendPoints().isEmpty(), "a self-loop is drawn around its node, not as a point");
    }

    @Test
    void aCancelledSignalStopsBeforeAnyWork() {
        AtomicInteger checks = new AtomicInteger();

        assertThrows(CancellationException.class, () -> new LayeredLayout().layout(PROJECT, () -> checks.incrementAndGet() > 0));
        assertEquals(1, checks.get());
    }

    @Test
    void cancellingMidwayStopsAtTheNextPhase() {
        AtomicInteger phases = new AtomicInteger();
        new LayeredLayout().layout(PROJECT, () -> {
            phases.incrementAndGet();
            return false;
        });
        assertTrue(phases.get() > 10, "the signal is asked between phases, not only at the start: " + phases.get());

        int cancelAt = phases.get() / 2;
        AtomicInteger asked = new AtomicInteger();
        assertThrows(CancellationException.class,
                () -> new LayeredLayout().layout(PROJECT, () -> asked.incrementAndGet() >= cancelAt));
        // ELK itself may ask once or twice more (it skips the remaining components) before the next phase throws
        assertTrue(asked.get() - cancelAt < 10, "the layout ran on after the cancellation: " + asked.get()
                + " checks, cancelled at " + cancelAt + " of " + phases.get());
    }

    @Test
    void anInterruptedThreadCancelsTheLayout() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> new LayeredLayout().layout(PROJECT));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void optionsFollowGraphSizeUnlessFixed() {
        assertEquals(LayoutOptions.readable(), new LayeredLayout().optionsFor(PROJECT));
        LayoutGraph large = new DbtProjectGenerator(7).generate(LayoutOptions.READABLE_LIMIT + 1).toLayoutGraph();
        assertEquals(LayoutOptions.fast(), new LayeredLayout().optionsFor(large));
        List<LayoutGraph.Edge> many = new ArrayList<>();
        for (int i = 0; i <= 2 * LayoutOptions.READABLE_LIMIT; i++) {
            many.add(edge("a", "b"));
        }
        LayoutGraph dense = new LayoutGraph(List.of(node("a"), node("b")), many);
        assertEquals(LayoutOptions.fast(), new LayeredLayout().optionsFor(dense), "few nodes, many edges");
        assertEquals(LayoutOptions.fast(), new LayeredLayout(LayoutOptions.fast()).optionsFor(PROJECT));
    }

    static List<String> overlapping(GraphLayout layout) {
        List<Map.Entry<String, Rect>> rects = new ArrayList<>(layout.nodes().entrySet());
        rects.sort((a, b) -> Double.compare(a.getValue().x(), b.getValue().x()));
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < rects.size(); i++) {
            Rect a = rects.get(i).getValue();
            for (int j = i + 1; j < rects.size() && rects.get(j).getValue().x() < a.maxX(); j++) {
                if (a.overlaps(rects.get(j).getValue())) {
                    overlaps.add(rects.get(i).getKey() + " / " + rects.get(j).getKey());
                }
            }
        }
        return overlaps;
    }

    static LayoutGraph.Node node(String id) {
        return new LayoutGraph.Node(id, 120, 40);
    }

    static LayoutGraph.Edge edge(String source, String target) {
        return new LayoutGraph.Edge(source, target);
    }
}
