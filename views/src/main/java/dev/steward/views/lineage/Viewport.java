package dev.steward.views.lineage;

import dev.steward.model.lineage.layout.Point;
import dev.steward.model.lineage.layout.Rect;

/**
 * Maps layout coordinates to screen pixels: {@code screen = layout * scale + translate}. Immutable;
 * pan and zoom return a new viewport.
 */
public record Viewport(double scale, double tx, double ty) {

    public static final double MIN_SCALE = 0.005;
    public static final double MAX_SCALE = 4;
    public static final Viewport IDENTITY = new Viewport(1, 0, 0);

    public Viewport {
        scale = Math.clamp(scale, MIN_SCALE, MAX_SCALE);
    }

    public Point toLayout(double sx, double sy) {
        return new Point((sx - tx) / scale, (sy - ty) / scale);
    }

    public Point toScreen(Point p) {
        return new Point(p.x() * scale + tx, p.y() * scale + ty);
    }

    public Viewport panned(double dx, double dy) {
        return new Viewport(scale, tx + dx, ty + dy);
    }

    /** Zoomed by {@code factor} keeping the layout point under the screen point {@code (sx, sy)} in place. */
    public Viewport zoomedAt(double sx, double sy, double factor) {
        double next = Math.clamp(scale * factor, MIN_SCALE, MAX_SCALE);
        Point anchor = toLayout(sx, sy);
        return new Viewport(next, sx - anchor.x() * next, sy - anchor.y() * next);
    }

    /** The layout area a {@code width x height} screen shows. */
    public Rect visible(double width, double height) {
        return new Rect(-tx / scale, -ty / scale, Math.max(0, width) / scale, Math.max(0, height) / scale);
    }

    /** Shows all of {@code bounds} centred in a {@code width x height} screen, never magnified beyond {@code maxScale}. */
    public static Viewport fit(Rect bounds, double width, double height, double maxScale) {
        if (bounds.width() <= 0 || bounds.height() <= 0 || width <= 0 || height <= 0) {
            return IDENTITY;
        }
        double scale = Math.clamp(Math.min(width / bounds.width(), height / bounds.height()) * 0.96, MIN_SCALE, maxScale);
        Point c = bounds.center();
        return new Viewport(scale, width / 2 - c.x() * scale, height / 2 - c.y() * scale);
    }

    /** Centred on {@code p} at the same scale. */
    public Viewport centredOn(Point p, double width, double height) {
        return new Viewport(scale, width / 2 - p.x() * scale, height / 2 - p.y() * scale);
    }
}
