package dev.steward.views.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.layout.Point;
import dev.steward.model.lineage.layout.Rect;
import dev.steward.views.task.SameThreadTaskRunner;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LineageViewModelTest {

    static final String RAW_ORDERS = "source.shop.raw.orders";
    static final String STG_ORDERS = "model.shop.stg_orders";
    static final String STG_PAYMENTS = "model.shop.stg_payments";
    static final String FCT_ORDERS = "model.shop.fct_orders";
    static final String DIM_CUSTOMERS = "model.shop.dim_customers";
    static final String SEMANTIC = "semantic_model.orders";
    static final String REVENUE = "metric.revenue";
    static final String TEST = "test.shop.not_null_fct_orders_order_id";

    LineageViewModel model;

    @BeforeEach
    void setUp() {
        model = new LineageViewModel(new SameThreadTaskRunner());
        model.setGraph(LineageFixtures.sample());
    }

    Set<String> drawn() {
        return model.drawingProperty().get().layout().nodes().keySet();
    }

    @Test
    void wholeGraphIsLaidOutWithoutTestsByDefault() {
        LineageDrawing drawing = model.drawingProperty().get();
        assertEquals(14, drawing.graph().nodeCount());
        assertEquals(drawing.graph().nodes().stream().map(LineageNode::id).toList(), List.copyOf(drawn()));
        assertFalse(drawn().contains(TEST));
        assertEquals(drawing.graph().edgeCount(), drawing.layout().edges().size());
        assertFalse(model.busyProperty().get());
        Rect raw = drawing.layout().nodes().get(RAW_ORDERS);
        Rect fct = drawing.layout().nodes().get(FCT_ORDERS);
        assertTrue(raw.maxX() < fct.x(), "upstream is drawn left of downstream");
    }

    @Test
    void showingTestsAddsThemToTheDrawing() {
        model.setHideTests(false);
        assertTrue(drawn().contains(TEST));
        assertEquals(15, drawn().size());
    }

    @Test
    void focusShowsOnlyTheChosenDepths() {
        model.setUpstreamDepth(1);
        model.setDownstreamDepth(1);
        model.focusOn(FCT_ORDERS);
        assertEquals(Set.of(STG_ORDERS, STG_PAYMENTS, FCT_ORDERS, SEMANTIC, "contract:orders/orders",
                "exposure.shop.weekly_revenue_dashboard"), drawn());
        assertEquals(FCT_ORDERS, model.drawingProperty().get().focus().orElseThrow());

        model.setUpstreamDepth(LineageViewModel.ALL);
        assertTrue(drawn().contains(RAW_ORDERS));
        assertFalse(drawn().contains(REVENUE));
        model.setDownstreamDepth(2);
        assertTrue(drawn().contains(REVENUE));

        model.showWholeGraph();
        assertEquals(14, drawn().size());
        assertNull(model.focusProperty().get());
    }

    @Test
    void focusOnUnknownNodeIsIgnoredAndNegativeDepthRejected() {
        model.focusOn("model.shop.nope");
        assertNull(model.focusProperty().get());
        assertEquals(14, drawn().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.setUpstreamDepth(-1));
        assertTrue(e.getMessage().contains(">= 0"), e.getMessage());
    }

    @Test
    void focusedTestWhileTestsHiddenSaysWhy() {
        model.setHideTests(false);
        model.focusOn(TEST);
        assertEquals(Set.of(TEST, FCT_ORDERS, STG_ORDERS, STG_PAYMENTS), drawn());
        model.setHideTests(true);
        assertTrue(drawn().isEmpty());
        assertTrue(model.messageProperty().get().contains("tests are hidden"), model.messageProperty().get());
    }

    @Test
    void searchMatchesNameOrIdIgnoringCase() {
        model.setSearchText("STG_");
        assertEquals(List.of(STG_ORDERS, "model.shop.stg_customers", STG_PAYMENTS),
                model.matchesProperty().stream().map(LineageNode::id).toList());
        model.setSearchText("not_null");
        assertTrue(model.matchesProperty().isEmpty(), "tests are not found while hidden");
        model.setHideTests(false);
        assertEquals(List.of(TEST), model.matchesProperty().stream().map(LineageNode::id).toList());
        model.setSearchText("  ");
        assertTrue(model.matchesProperty().isEmpty());
    }

    @Test
    void selectionLightsUpstreamAndDownstreamPaths() {
        model.select(SEMANTIC);
        PathHighlight h = model.highlightProperty().get();
        assertEquals(SEMANTIC, model.selectedProperty().get());
        assertEquals(Set.of(FCT_ORDERS, STG_ORDERS, STG_PAYMENTS, RAW_ORDERS, "source.shop.raw.payments"), h.upstream());
        assertEquals(Set.of(REVENUE, "metric.order_count"), h.downstream());
        assertTrue(h.lightsEdge(STG_ORDERS, FCT_ORDERS));
        assertTrue(h.lightsEdge(SEMANTIC, REVENUE));
        assertFalse(h.lightsEdge(STG_ORDERS, DIM_CUSTOMERS), "a sibling branch of an upstream node is not on the path");
        assertFalse(h.lightsEdge(FCT_ORDERS, "exposure.shop.weekly_revenue_dashboard"));
        assertFalse(h.lights(DIM_CUSTOMERS));
        assertTrue(h.lights(SEMANTIC));
    }

    @Test
    void selectionOfNodeNotDrawnIsCleared() {
        model.select(FCT_ORDERS);
        model.setUpstreamDepth(0);
        model.setDownstreamDepth(1);
        model.focusOn(SEMANTIC);
        assertNull(model.selectedProperty().get(), "fct_orders is upstream of the focus, not drawn at depth 0");
        assertFalse(model.highlightProperty().get().isActive());
        model.select(REVENUE);
        assertEquals(Set.of(SEMANTIC), model.highlightProperty().get().upstream(), "paths stay within the drawing");
        model.select(TEST);
        assertNull(model.selectedProperty().get());
    }

    @Test
    void olderLayoutFinishingLastIsDropped() throws Exception {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        LineageViewModel queued = new LineageViewModel(runner);
        queued.setGraph(LineageFixtures.sample());
        queued.setUpstreamDepth(0);
        queued.setDownstreamDepth(0);
        queued.focusOn(REVENUE);
        assertEquals(2, runner.queued.size());
        assertTrue(queued.busyProperty().get());
        assertTrue(runner.queued.get(0).cancelled, "the older request is cancelled");

        runner.queued.get(1).finish();
        assertEquals(Set.of(REVENUE), queued.drawingProperty().get().layout().nodes().keySet());
        assertFalse(queued.busyProperty().get());
        runner.queued.get(0).finish(); // the whole graph, finishing late
        assertEquals(Set.of(REVENUE), queued.drawingProperty().get().layout().nodes().keySet());
    }

    @Test
    void rebuildWithOneMoreNodeKeepsTheFocusWhereTheUserSawIt() {
        model.focusOn(FCT_ORDERS);
        model.select(STG_ORDERS);
        Viewport view = Viewport.fit(model.drawingProperty().get().layout().bounds(), 800, 500, 1.25);
        Point before = view.toScreen(model.drawingProperty().get().layout().nodes().get(FCT_ORDERS).center());

        LineageGraph grown = LineageFixtures.withUpstreamSource(LineageFixtures.sample(), "source.shop.raw.refunds", STG_PAYMENTS);
        model.setGraph(grown); // what a save does

        LineageDrawing after = model.drawingProperty().get();
        assertTrue(after.graph().contains("source.shop.raw.refunds"));
        assertTrue(after.anchored(), "the canvas keeps its viewport instead of fitting");
        Point now = view.toScreen(after.layout().nodes().get(FCT_ORDERS).center());
        assertEquals(before.x(), now.x(), 1e-6);
        assertEquals(before.y(), now.y(), 1e-6);
        assertEquals(STG_ORDERS, model.selectedProperty().get(), "the selection survives the rebuild");

        LineageViewModel fresh = new LineageViewModel(new SameThreadTaskRunner());
        fresh.setGraph(grown);
        fresh.focusOn(FCT_ORDERS);
        Point unpinned = view.toScreen(fresh.drawingProperty().get().layout().nodes().get(FCT_ORDERS).center());
        assertNotEquals(before, unpinned, "without the anchor the added source would move the focus");
    }

    @Test
    void aNewFocusIsFittedNotAnchored() {
        model.focusOn(FCT_ORDERS);
        model.focusOn(SEMANTIC);
        assertFalse(model.drawingProperty().get().anchored());
        model.setDownstreamDepth(0);
        assertTrue(model.drawingProperty().get().anchored(), "other depths around the same focus keep the view");
    }
}
