package dev.steward.model.lineage.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ViewportAnchorTest {

    private final GraphLayout before = layout(Map.of("a", new Rect(0, 0, 100, 40), "b", new Rect(200, 0, 100, 40),
            "c", new Rect(200, 100, 100, 40)));
    private final GraphLayout after = layout(Map.of("a", new Rect(30, 50, 100, 40), "b", new Rect(250, 10, 100, 40),
            "d", new Rect(400, 0, 100, 40)));

    @Test
    void theOffsetIsHowFarTheAnchorMoved() {
        assertEquals(Optional.of(new ViewportAnchor("a", 30, 50)), ViewportAnchor.of(before, after, "a"));
        assertEquals(Optional.empty(), ViewportAnchor.of(before, after, "c"), "c was removed");
    }

    @Test
    void pinningPutsTheAnchorBackWhereItWas() {
        ViewportAnchor anchor = ViewportAnchor.of(before, after, "b").orElseThrow();

        GraphLayout pinned = anchor.pin(after);

        assertEquals(before.nodes().get("b"), pinned.nodes().get("b"));
        assertEquals(new Rect(-20, 40, 100, 40), pinned.nodes().get("a"), "everything moves with the anchor");
    }

    @Test
    void thePreferredAnchorWinsWhenItSurvives() {
        assertEquals("b", ViewportAnchor.find(before, after, List.of("c", "b"), new Point(0, 0)).orElseThrow().anchor());
    }

    @Test
    void withoutASurvivingPreferenceTheNodeNearestTheViewCentreIsTheAnchor() {
        assertEquals("b", ViewportAnchor.find(before, after, List.of("c"), new Point(260, 60)).orElseThrow().anchor(),
                "c was nearest but is gone; b is the nearest node present in both layouts");
        assertEquals("a", ViewportAnchor.find(before, after, List.of(), new Point(0, 0)).orElseThrow().anchor());
    }

    @Test
    void layoutsWithoutACommonNodeHaveNoAnchor() {
        GraphLayout other = layout(Map.of("x", new Rect(0, 0, 10, 10)));
        assertTrue(ViewportAnchor.find(before, other, List.of("a"), new Point(0, 0)).isEmpty());
    }

    private static GraphLayout layout(Map<String, Rect> nodes) {
        return new GraphLayout(new LinkedHashMap<>(new java.util.TreeMap<>(nodes)), List.of(), new Rect(0, 0, 500, 200));
    }
}
