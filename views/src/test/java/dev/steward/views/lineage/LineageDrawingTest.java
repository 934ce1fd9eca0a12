package dev.steward.views.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.lineage.NodeKind;
import dev.steward.model.lineage.layout.Point;
import dev.steward.model.lineage.layout.Rect;
import dev.steward.views.task.SameThreadTaskRunner;
import java.util.Set;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Viewport arithmetic, name shortening, node shapes and SVG export, without the toolkit. */
class LineageDrawingTest {

    @Test
    void zoomKeepsThePointUnderTheCursorInPlace() {
        Viewport view = new Viewport(0.5, 30, -20);
        Point before = view.toLayout(400, 300);
        Viewport zoomed = view.zoomedAt(400, 300, 1.7);
        assertEquals(0.85, zoomed.scale(), 1e-9);
        Point after = zoomed.toLayout(400, 300);
        assertEquals(before.x(), after.x(), 1e-9);
        assertEquals(before.y(), after.y(), 1e-9);
        assertEquals(Viewport.MAX_SCALE, view.zoomedAt(0, 0, 1e6).scale(), "zoom is clamped");
    }

    @Test
    void fitShowsTheWholeDrawingCentred() {
        Rect bounds = new Rect(100, 50, 2000, 500);
        Viewport view = Viewport.fit(bounds, 1000, 800, 1.25);
        Rect visible = view.visible(1000, 800);
        assertTrue(visible.x() <= bounds.x() && visible.maxX() >= bounds.maxX(), visible.toString());
        assertTrue(visible.y() <= bounds.y() && visible.maxY() >= bounds.maxY(), visible.toString());
        Point centre = view.toScreen(bounds.center());
        assertEquals(500, centre.x(), 1e-9);
        assertEquals(400, centre.y(), 1e-9);
        assertEquals(1.25, Viewport.fit(new Rect(0, 0, 10, 10), 1000, 800, 1.25).scale(), "a small graph is not blown up");
    }

    @Test
    void longNamesTakeTwoLinesBrokenAfterASeparator() {
        assertEquals(List.of("stg_orders"), LineagePainter.labelLines("stg_orders", 200));
        List<String> lines = LineagePainter.labelLines("data_quality__claims_preprocessing_institutional_header_fail_details", 242);
        assertEquals(2, lines.size(), lines.toString());
        assertEquals("data_quality__claims_preprocessing_", lines.get(0));
        assertEquals("institutional_header_fail_details", lines.get(1));
    }

    @Test
    void longNamesAreShortenedWithAnEllipsis() {
        assertEquals("stg_orders", LineagePainter.shorten("stg_orders", 200));
        String cut = LineagePainter.shorten("int_customer_lifetime_value_enriched_by_region", 100);
        assertTrue(cut.contains("…") && cut.length() < 20, cut);
        assertTrue(cut.startsWith("int_") && cut.endsWith("region"), "the end that tells similar names apart is kept: " + cut);
    }

    @Test
    void shapesTellKindsApart() {
        assertEquals(NodeShape.BOX, NodeShape.of(NodeKind.CONTRACT));
        assertEquals(NodeShape.BOX, NodeShape.of(NodeKind.SOURCE));
        assertEquals(NodeShape.ROUNDED, NodeShape.of(NodeKind.MODEL));
        assertEquals(NodeShape.PILL, NodeShape.of(NodeKind.METRIC));
        assertEquals(NodeShape.DASHED, NodeShape.of(NodeKind.TEST));
        LineagePalette light = LineagePalette.light();
        assertFalse(light.kind(NodeKind.CONTRACT).equals(light.kind(NodeKind.MODEL)));
        assertEquals(light.kind(NodeKind.MODEL), light.kind(NodeKind.SNAPSHOT), "one colour per category");
        assertNotEquals(light.kind(NodeKind.MODEL), light.kind(NodeKind.SOURCE), "raw inputs stand out from models");
        assertNotEquals(light.kind(NodeKind.SEED), light.kind(NodeKind.SOURCE));
        assertNotEquals(light.kind(NodeKind.CONTRACT), light.kind(NodeKind.SCHEMA_OBJECT), "a contract and its tables read apart");
        assertNotEquals(light.kind(NodeKind.SCHEMA_OBJECT), light.kind(NodeKind.PROPERTY));
        assertEquals(light.kind(NodeKind.CONTRACT).getHue(), light.kind(NodeKind.PROPERTY).getHue(), 1, "one hue per category");
    }

    @Test
    void svgDimsNodesOffTheSelectedPaths() {
        LineageViewModel model = new LineageViewModel(new SameThreadTaskRunner());
        model.setGraph(LineageFixtures.sample());
        model.select("metric.revenue");
        String svg = LineageSvg.write(model.drawingProperty().get(), model.highlightProperty().get(),
                Set.of("model.shop.stg_orders"), LineagePalette.light());
        assertTrue(svg.contains("<g data-id=\"metric.revenue\"><title>Metric: revenue</title>"), svg);
        assertTrue(svg.contains("<g data-id=\"model.shop.dim_customers\" opacity=\"0.18\">"), "off the path: dimmed");
        assertTrue(svg.contains("<g data-id=\"model.shop.fct_orders\"><title>"), "upstream of the selection: lit");
        assertTrue(svg.contains("stroke=\"" + LineagePalette.hex(LineagePalette.light().match()) + "\" stroke-width=\"3\""),
                "the search match is outlined");
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", LineageSvg.escape("a <b> & \"c\""));
    }

    @Test
    void svgWritesALongNameOnTwoLinesLikeTheCanvas() {
        String longName = "data_quality__claims_preprocessing_institutional_header_fail_details";
        LineageViewModel model = new LineageViewModel(new SameThreadTaskRunner());
        model.setGraph(LineageFixtures.withUpstream(LineageFixtures.sample(), NodeKind.MODEL, "model.shop." + longName,
                "model.shop.fct_orders"));
        String svg = LineageSvg.write(model.drawingProperty().get(), PathHighlight.NONE, Set.of(), LineagePalette.light());
        List<String> lines = LineagePainter.labelLines(longName, LineageViewModel.MAX_WIDTH - 18);
        assertEquals(2, lines.size());
        assertTrue(svg.contains(">" + lines.get(0) + "</text>") && svg.contains(">" + lines.get(1) + "</text>"), svg);
        assertTrue(svg.contains(">stg_orders</text>"), "a short name keeps one line");
    }
}
