package dev.steward.model.lineage.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RectTest {

    private final Rect r = new Rect(10, 20, 100, 40);

    @Test
    void overlapNeedsSharedInterior() {
        assertTrue(r.overlaps(new Rect(50, 30, 100, 100)));
        assertTrue(r.overlaps(new Rect(20, 25, 10, 10)), "contained");
        assertFalse(r.overlaps(new Rect(110, 20, 50, 40)), "touching on the right edge only");
        assertFalse(r.overlaps(new Rect(10, 61, 100, 40)), "below");
    }

    @Test
    void borderPointsAreOnTheOutlineOnly() {
        assertTrue(r.onBorder(new Point(110, 40), 0.5), "right side");
        assertTrue(r.onBorder(new Point(10.3, 20), 0.5), "top left corner, within tolerance");
        assertTrue(r.onBorder(new Point(60, 60), 0.5), "bottom side");
        assertFalse(r.onBorder(new Point(60, 40), 0.5), "centre");
        assertFalse(r.onBorder(new Point(112, 40), 0.5), "outside, right");
        assertFalse(r.onBorder(new Point(110, 70), 0.5), "on the line of the right side, below the rectangle");
    }
}
