package dev.steward.views.lineage;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * A screen-sized ARGB pixel buffer the edges (and, in the overview, the nodes) of a graph are rasterised into
 * directly (opaque rectangles, 1-pixel lines plain or anti-aliased, arrowhead triangles, blended with an alpha),
 * then handed to the canvas as one image. Thousands of
 * tiny anti-aliased shapes, or a few hundred long lines across the view, cost the software renderer tens of
 * milliseconds per frame (it builds a coverage mask the size of each path's bounds); writing the same pixels
 * from Java costs a few. The image shares the buffer ({@link PixelBuffer}), so no pixels are copied.
 * Call on the FX thread.
 */
final class LineageRaster {

    private int width;
    private int height;
    private int[] pixels = new int[0];
    private PixelBuffer<IntBuffer> buffer;
    private WritableImage image;

    /** Makes the buffer {@code width x height} and fills it with {@code background}. */
    void clear(int width, int height, int background) {
        if (width != this.width || height != this.height || image == null) {
            this.width = Math.max(1, width);
            this.height = Math.max(1, height);
            pixels = new int[this.width * this.height];
            buffer = new PixelBuffer<>(this.width, this.height, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        }
        Arrays.fill(pixels, background | 0xff000000);
    }

    /** The image showing the buffer: call after drawing, before the canvas draws it. */
    WritableImage publish() {
        buffer.updateBuffer(b -> null);
        return image;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The colour at a pixel, opaque ARGB (for tests). */
    int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    /** Fills the screen rectangle, clipped to the buffer, with an opaque colour blended at {@code alpha}. */
    void fillRect(double x, double y, double w, double h, int argb, double alpha) {
        int x0 = Math.max(0, (int) Math.floor(x));
        int y0 = Math.max(0, (int) Math.floor(y));
        int x1 = Math.min(width, (int) Math.ceil(x + w));
        int y1 = Math.min(height, (int) Math.ceil(y + h));
        int a = alphaByte(alpha);
        for (int row = y0; row < y1; row++) {
            int base = row * width;
            if (a == 255) {
                Arrays.fill(pixels, base + x0, base + Math.max(x0, x1), argb);
            } else {
                for (int i = base + x0; i < base + x1; i++) {
                    pixels[i] = blend(pixels[i], argb, a);
                }
            }
        }
    }

    /** A 1-pixel line (DDA), clipped per pixel, blended at {@code alpha}. */
    void line(double x0, double y0, double x1, double y1, int argb, double alpha) {
        if (Math.max(x0, x1) < 0 || Math.min(x0, x1) >= width || Math.max(y0, y1) < 0 || Math.min(y0, y1) >= height) {
            return;
        }
        int a = alphaByte(alpha);
        double dx = x1 - x0;
        double dy = y1 - y0;
        int steps = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
        if (steps > 4 * (width + height)) { // far off screen on both ends: clip to the screen first
            double[] clipped = clip(x0, y0, x1, y1, 0, 0, width - 1, height - 1);
            if (clipped == null) {
                return;
            }
            line(clipped[0], clipped[1], clipped[2], clipped[3], argb, alpha);
            return;
        }
        double sx = steps == 0 ? 0 : dx / steps;
        double sy = steps == 0 ? 0 : dy / steps;
        double px = x0;
        double py = y0;
        for (int i = 0; i <= steps; i++, px += sx, py += sy) {
            int ix = (int) px;
            int iy = (int) py;
            if (ix >= 0 && iy >= 0 && ix < width && iy < height) {
                int at = iy * width + ix;
                pixels[at] = blend(pixels[at], argb, a);
            }
        }
    }

    /**
     * An anti-aliased 1-pixel line (Xiaolin Wu), blended at {@code alpha}; clipped to the buffer first, so its
     * cost is the visible length.
     */
    void smoothLine(double x0, double y0, double x1, double y1, int argb, double alpha) {
        double[] c = clip(x0, y0, x1, y1, -2, -2, width + 1, height + 1);
        if (c == null) {
            return;
        }
        x0 = c[0];
        y0 = c[1];
        x1 = c[2];
        y1 = c[3];
        boolean steep = Math.abs(y1 - y0) > Math.abs(x1 - x0);
        if (steep) {
            double t = x0; x0 = y0; y0 = t;
            t = x1; x1 = y1; y1 = t;
        }
        if (x0 > x1) {
            double t = x0; x0 = x1; x1 = t;
            t = y0; y0 = y1; y1 = t;
        }
        double dx = x1 - x0;
        double gradient = dx == 0 ? 1 : (y1 - y0) / dx;
        int a = alphaByte(alpha);
        int xStart = (int) Math.round(x0);
        int xEnd = (int) Math.round(x1);
        double y = y0 + gradient * (xStart - x0);
        for (int x = xStart; x <= xEnd; x++, y += gradient) {
            int iy = (int) Math.floor(y);
            double f = y - iy;
            plot(steep, x, iy, argb, (int) (a * (1 - f)));
            plot(steep, x, iy + 1, argb, (int) (a * f));
        }
    }

    private void plot(boolean steep, int x, int y, int argb, int a) {
        int px = steep ? y : x;
        int py = steep ? x : y;
        if (a > 0 && px >= 0 && py >= 0 && px < width && py < height) {
            int at = py * width + px;
            pixels[at] = blend(pixels[at], argb, a);
        }
    }

    /** Fills a triangle (an arrowhead): the pixels whose centre is inside, blended at {@code alpha}. */
    void fillTriangle(double ax, double ay, double bx, double by, double cx, double cy, int argb, double alpha) {
        int x0 = Math.max(0, (int) Math.floor(Math.min(ax, Math.min(bx, cx))));
        int x1 = Math.min(width - 1, (int) Math.ceil(Math.max(ax, Math.max(bx, cx))));
        int y0 = Math.max(0, (int) Math.floor(Math.min(ay, Math.min(by, cy))));
        int y1 = Math.min(height - 1, (int) Math.ceil(Math.max(ay, Math.max(by, cy))));
        double area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        if (area == 0) {
            return;
        }
        int a = alphaByte(alpha);
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double px = x + 0.5;
                double py = y + 0.5;
                double w0 = ((bx - px) * (cy - py) - (by - py) * (cx - px)) / area;
                double w1 = ((cx - px) * (ay - py) - (cy - py) * (ax - px)) / area;
                if (w0 >= 0 && w1 >= 0 && w0 + w1 <= 1) {
                    int at = y * width + x;
                    pixels[at] = blend(pixels[at], argb, a);
                }
            }
        }
    }

    /** Liang-Barsky: the part of a segment inside a rectangle, {x0, y0, x1, y1}; null when it misses it. */
    static double[] clip(double x0, double y0, double x1, double y1, double minX, double minY, double maxX, double maxY) {
        double t0 = 0;
        double t1 = 1;
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - minX, maxX - x0, y0 - minY, maxY - y0};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
                continue;
            }
            double t = q[i] / p[i];
            if (p[i] < 0) {
                t0 = Math.max(t0, t);
            } else {
                t1 = Math.min(t1, t);
            }
        }
        return t0 > t1 ? null : new double[] {x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy};
    }

    static int argb(Color c) {
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    private static int alphaByte(double alpha) {
        return (int) Math.round(Math.clamp(alpha, 0, 1) * 255);
    }

    private static int blend(int dst, int src, int a) {
        if (a == 255) {
            return src;
        }
        int na = 255 - a;
        int r = (((src >> 16) & 0xff) * a + ((dst >> 16) & 0xff) * na) / 255;
        int g = (((src >> 8) & 0xff) * a + ((dst >> 8) & 0xff) * na) / 255;
        int b = ((src & 0xff) * a + (dst & 0xff) * na) / 255;
        return 0xff000000 | r << 16 | g << 8 | b;
    }
}
