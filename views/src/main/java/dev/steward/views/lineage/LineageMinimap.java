package dev.steward.views.lineage;

import dev.steward.model.lineage.layout.Point;
import dev.steward.model.lineage.layout.Rect;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;

/**
 * The overview in a corner of the lineage canvas: the whole drawing, rasterised small, with the rectangle the
 * main view shows. Press or drag in it to move the main view there. The graph is rasterised again only when the
 * drawing, the selection or the palette change; moving the main view redraws the cached image and the rectangle.
 */
final class LineageMinimap extends Canvas {

    static final double WIDTH = 220;
    static final double HEIGHT = 140;
    /** Below the painter's label scale, so the overview is always the rasterised kind of frame. */
    private static final double MAX_SCALE = LineagePainter.LABEL_SCALE * 0.9;

    private final LineagePainter painter = new LineagePainter();
    private LineageDrawing drawing = LineageDrawing.EMPTY;
    private PathHighlight highlight = PathHighlight.NONE;
    private LineagePalette palette;
    private Viewport fit = Viewport.IDENTITY;
    private Rect shown = new Rect(0, 0, 0, 0);

    LineageMinimap(Consumer<Point> moveTo) {
        super(WIDTH, HEIGHT);
        Objects.requireNonNull(moveTo, "moveTo");
        getStyleClass().add("lineage-minimap");
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            moveTo.accept(fit.toLayout(e.getX(), e.getY()));
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            moveTo.accept(fit.toLayout(e.getX(), e.getY()));
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
        addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        setVisible(false);
    }

    /**
     * Shows {@code next} with the rectangle {@code visible} (layout coordinates) when the main view does not show
     * all of it; hides itself otherwise.
     */
    void update(LineageDrawing next, PathHighlight lit, LineagePalette colours, Rect visible) {
        Rect bounds = next.layout().bounds();
        boolean needed = !next.isEmpty() && !(visible.x() <= bounds.x() && visible.y() <= bounds.y()
                && visible.maxX() >= bounds.maxX() && visible.maxY() >= bounds.maxY());
        setVisible(needed);
        if (!needed) {
            return;
        }
        GraphicsContext g = getGraphicsContext2D();
        if (next != drawing || lit != highlight || colours != palette) {
            drawing = next;
            highlight = lit;
            palette = colours;
            fit = Viewport.fit(bounds, WIDTH, HEIGHT, MAX_SCALE);
            painter.paint(g, WIDTH, HEIGHT, drawing, fit, highlight, Set.of(), palette);
        } else {
            g.drawImage(painter.rasterImage(), 0, 0);
        }
        shown = visible;
        Point a = fit.toScreen(new Point(visible.x(), visible.y()));
        double w = visible.width() * fit.scale();
        double h = visible.height() * fit.scale();
        g.setGlobalAlpha(0.12);
        g.setFill(palette.highlight());
        g.fillRect(a.x(), a.y(), w, h);
        g.setGlobalAlpha(1);
        g.setStroke(palette.highlight());
        g.setLineWidth(1.5);
        g.strokeRect(a.x(), a.y(), w, h);
        g.setStroke(palette.edge());
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, WIDTH - 1, HEIGHT - 1);
    }

    /** The layout area the main view showed at the last update. */
    Rect shown() {
        return shown;
    }

    /** Where layout point {@code p} is drawn in the overview. */
    Point toOverview(Point p) {
        return fit.toScreen(p);
    }
}
