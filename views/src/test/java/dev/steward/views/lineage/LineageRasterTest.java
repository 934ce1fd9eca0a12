package dev.steward.views.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.views.testing.Fx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The pixels the raster layer writes: what ends up on screen for edges, arrowheads and overview boxes. */
@ExtendWith(ApplicationExtension.class)
class LineageRasterTest {

    static final int WHITE = 0xffffffff;
    static final int BLUE = 0xff0000ff;

    LineageRaster raster(int w, int h) {
        LineageRaster r = new LineageRaster();
        r.clear(w, h, WHITE);
        return r;
    }

    @Test
    void aLineColoursThePixelsAlongItAndNoOthers() {
        Fx.run(() -> {
            LineageRaster r = raster(20, 10);
            r.line(2, 5, 17, 5, BLUE, 1);
            assertEquals(BLUE, r.pixel(2, 5));
            assertEquals(BLUE, r.pixel(10, 5));
            assertEquals(BLUE, r.pixel(17, 5));
            assertEquals(WHITE, r.pixel(10, 4));
            assertEquals(WHITE, r.pixel(18, 5));
        });
    }

    @Test
    void aHalfTransparentLineBlendsWithTheBackground() {
        Fx.run(() -> {
            LineageRaster r = raster(10, 10);
            r.line(0, 3, 9, 3, BLUE, 0.5);
            int p = r.pixel(4, 3);
            assertEquals(0xff, p & 0xff, "blue stays full");
            int red = (p >> 16) & 0xff;
            assertTrue(red > 120 && red < 135, "red halfway to white: " + red);
        });
    }

    @Test
    void aLineFarBeyondTheBufferIsClippedToItsVisiblePart() {
        Fx.run(() -> {
            LineageRaster r = raster(50, 20);
            r.line(-1e6, 10, 1e6, 10, BLUE, 1);
            assertEquals(BLUE, r.pixel(0, 10));
            assertEquals(BLUE, r.pixel(49, 10));
            r.line(-1e6, -5, 1e6, -5, BLUE, 1); // above the buffer: nothing
            for (int x = 0; x < 50; x++) {
                assertEquals(WHITE, r.pixel(x, 0));
            }
        });
        assertNull(LineageRaster.clip(-10, -10, -5, -1, 0, 0, 100, 100), "a segment outside the rectangle has no visible part");
    }

    @Test
    void anAntiAliasedLineSpreadsItsInkOverTwoPixels() {
        Fx.run(() -> {
            LineageRaster r = raster(20, 10);
            r.smoothLine(0, 4.5, 19, 4.5, BLUE, 1); // halfway between rows 4 and 5
            int upper = r.pixel(10, 4);
            int lower = r.pixel(10, 5);
            assertNotEquals(WHITE, upper);
            assertNotEquals(WHITE, lower);
            assertNotEquals(BLUE, upper, "neither row takes the full colour");
            assertEquals(WHITE, r.pixel(10, 2));
        });
    }

    @Test
    void anArrowheadFillsItsInsideOnly() {
        Fx.run(() -> {
            LineageRaster r = raster(20, 20);
            r.fillTriangle(18, 10, 6, 4, 6, 16, BLUE, 1);
            assertEquals(BLUE, r.pixel(10, 10));
            assertEquals(WHITE, r.pixel(3, 10), "behind the base");
            assertEquals(WHITE, r.pixel(16, 4), "beside the tip");
        });
    }

    @Test
    void overviewBoxesAreClippedRectangles() {
        Fx.run(() -> {
            LineageRaster r = raster(10, 10);
            r.fillRect(-5, 8, 8, 20, BLUE, 1);
            assertEquals(BLUE, r.pixel(0, 9));
            assertEquals(BLUE, r.pixel(2, 8));
            assertEquals(WHITE, r.pixel(3, 8));
            assertEquals(WHITE, r.pixel(0, 7));
        });
    }
}
