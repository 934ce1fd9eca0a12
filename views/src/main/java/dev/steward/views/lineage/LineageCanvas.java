package dev.steward.views.lineage;

import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.layout.Point;
import dev.steward.model.lineage.layout.Rect;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * Draws the view-model's {@link LineageDrawing} on one {@link Canvas} (no scene node per graph node,
 * so thousands of nodes pan and zoom smoothly): drag to pan, wheel to zoom around the cursor, click
 * to select, double-click to open a node's definition; keys: Escape clears the selection, Enter focuses
 * on it, F fits, + and - zoom. A new drawing is fitted to the view, unless it is anchored to the previous one
 * (a rebuild of the same view): then the viewport stays and so does what the user was looking at.
 */
public final class LineageCanvas extends Region {

    private final LineageViewModel model;
    private final Canvas canvas = new Canvas();
    private final LineagePainter painter = new LineagePainter();
    private final ThemedPalette<LineagePalette> palette = new ThemedPalette<>(this, LineagePalette.light(),
            LineagePalette::resolve);
    private final PanZoom panZoom;
    private Set<String> matches = Set.of();
    private Consumer<LineageNode> onOpen = node -> { };
    private boolean fitPending = true;

    public LineageCanvas(LineageViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        getStyleClass().add("lineage-canvas");
        getChildren().addAll(canvas, palette.probe());
        setMinSize(0, 0);
        InvalidationListener repaint = o -> redraw();
        model.drawingProperty().addListener(o -> {
            fitPending |= !model.drawingProperty().get().anchored();
            requestLayout();
            redraw();
        });
        model.highlightProperty().addListener(repaint);
        model.matchesProperty().addListener((InvalidationListener) o -> {
            matches = new HashSet<>(model.matchesProperty().stream().map(LineageNode::id).toList());
            redraw();
        });
        sceneProperty().addListener(o -> redraw());
        panZoom = new PanZoom(this, canvas, this::redraw, this::clicked);
        setFocusTraversable(true);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** Called with the node when the user double-clicks it (to open the file that defines it). */
    public void setOnOpenDefinition(Consumer<LineageNode> handler) {
        onOpen = Objects.requireNonNull(handler, "handler");
    }

    /** Shows the whole drawing. */
    public void fit() {
        panZoom.setView(Viewport.fit(model.drawingProperty().get().layout().bounds(), getWidth(), getHeight(), 1.25));
    }

    /** Zooms by {@code factor} around the centre of the view. */
    public void zoom(double factor) {
        panZoom.setView(panZoom.view().zoomedAt(getWidth() / 2, getHeight() / 2, factor));
    }

    /** Scrolls so that node {@code id} is in the middle, at zoom {@code scale}; false when it is not drawn. */
    public boolean centreOn(String id, double scale) {
        Rect r = model.drawingProperty().get().layout().nodes().get(id);
        if (r == null) {
            return false;
        }
        panZoom.setView(new Viewport(scale, 0, 0).centredOn(r.center(), getWidth(), getHeight()));
        return true;
    }

    public double scale() {
        return panZoom.view().scale();
    }

    /** Where node {@code id}'s centre is, in this region's coordinates; null when it is not drawn. */
    public Point nodeCentreOnScreen(String id) {
        Rect r = model.drawingProperty().get().layout().nodes().get(id);
        return r == null ? null : panZoom.view().toScreen(r.center());
    }

    /** The drawn node under the point {@code (x, y)} of this region, or null. */
    public String nodeAt(double x, double y) {
        Point p = panZoom.view().toLayout(x, y);
        String hit = null;
        for (Map.Entry<String, Rect> e : model.drawingProperty().get().layout().nodes().entrySet()) {
            Rect r = e.getValue();
            if (p.x() >= r.x() && p.x() <= r.maxX() && p.y() >= r.y() && p.y() <= r.maxY()) {
                hit = e.getKey(); // last wins: drawn on top
            }
        }
        return hit;
    }

    /** Paints one frame now and tells what it drew. */
    LineagePainter.Frame redraw() {
        model.setViewCentre(panZoom == null ? null : panZoom.view().toLayout(getWidth() / 2, getHeight() / 2));
        return painter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(),
                model.drawingProperty().get(), panZoom.view(), model.highlightProperty().get(), matches, palette.get());
    }

    /** The current view as an image (for PNG export). */
    public WritableImage snapshotView() {
        redraw();
        return canvas.snapshot(null, null);
    }

    /** The current view as SVG text: the whole drawn graph, with the selection's paths highlighted. */
    public String toSvg() {
        return LineageSvg.write(model.drawingProperty().get(), model.highlightProperty().get(), matches, palette.get());
    }

    public LineagePalette palette() {
        return palette.get();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        if (fitPending && w > 0 && h > 0) {
            fitPending = false;
            fit();
        } else {
            redraw();
        }
    }

    /** Escape clears the selection, Enter focuses on it, F fits, + and - zoom. */
    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case ESCAPE -> model.select(null);
            case ENTER -> {
                if (model.selectedProperty().get() != null) {
                    model.focusOn(model.selectedProperty().get());
                }
            }
            case F -> fit();
            case PLUS, EQUALS, ADD -> zoom(1.25);
            case MINUS, SUBTRACT -> zoom(0.8);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void clicked(double x, double y, int clickCount) {
        String hit = nodeAt(x, y);
        model.select(hit);
        if (hit != null && clickCount == 2) {
            model.graphProperty().get().node(hit).ifPresent(onOpen);
        }
    }
}
