package dev.steward.views.mesh;

import dev.steward.model.lineage.layout.Point;
import dev.steward.model.lineage.layout.Rect;
import dev.steward.views.lineage.Viewport;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * Draws the view-model's {@link DomainMapDrawing} on one canvas: drag to pan, wheel to zoom around the
 * cursor, click a product to select it (empty space clears); keys: F fits, + and - zoom, Escape clears.
 * Each new drawing is fitted to the view.
 */
public final class DomainMapCanvas extends Region {

    private final DomainMapViewModel model;
    private final Canvas canvas = new Canvas();
    private final Region probe = new Region();
    private final DomainMapPainter painter = new DomainMapPainter();
    private DomainMapPalette palette = DomainMapPalette.light();
    private String paletteSource;
    private Viewport view = Viewport.IDENTITY;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;
    private boolean fitPending = true;

    public DomainMapCanvas(DomainMapViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        getStyleClass().add("domain-map-canvas");
        probe.setManaged(false);
        probe.setVisible(false);
        getChildren().addAll(canvas, probe);
        setMinSize(0, 0);
        model.drawingProperty().addListener(o -> {
            fitPending = true;
            requestLayout();
        });
        model.selectedProperty().addListener(o -> redraw());
        sceneProperty().addListener(o -> {
            paletteSource = null;
            redraw();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        setFocusTraversable(true);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** Shows the whole map. */
    public void fit() {
        view = Viewport.fit(model.drawingProperty().get().bounds(), getWidth(), getHeight(), 1.25);
        redraw();
    }

    /** Zooms by {@code factor} around the centre of the view. */
    public void zoom(double factor) {
        view = view.zoomedAt(getWidth() / 2, getHeight() / 2, factor);
        redraw();
    }

    public double scale() {
        return view.scale();
    }

    /** Where product {@code id}'s centre is, in this region's coordinates; null when it is not drawn. */
    public Point productCentreOnScreen(String id) {
        Rect r = model.drawingProperty().get().products().get(id);
        return r == null ? null : view.toScreen(r.center());
    }

    /** The product under the point {@code (x, y)} of this region, or null. */
    public String productAt(double x, double y) {
        Point p = view.toLayout(x, y);
        return model.drawingProperty().get().productAt(p.x(), p.y());
    }

    public DomainMapPalette palette() {
        refreshPalette();
        return palette;
    }

    void redraw() {
        refreshPalette();
        painter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(),
                model.drawingProperty().get(), view, model.selectedProperty().get(), palette);
    }

    private void refreshPalette() {
        if (getScene() == null) {
            return;
        }
        String source = Application.getUserAgentStylesheet() + getScene().getStylesheets();
        if (!source.equals(paletteSource)) {
            paletteSource = source;
            palette = DomainMapPalette.resolve(probe);
        }
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        if (fitPending && w > 0 && h > 0 && !model.drawingProperty().get().isEmpty()) {
            fitPending = false;
            fit();
        } else {
            redraw();
        }
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case ESCAPE -> model.select(null);
            case F -> fit();
            case PLUS, EQUALS, ADD -> zoom(1.25);
            case MINUS, SUBTRACT -> zoom(0.8);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > 3) {
            dragged = true;
        }
        view = view.panned(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
        redraw();
    }

    private void released(MouseEvent e) {
        if (!dragged && e.getButton() == MouseButton.PRIMARY) {
            model.select(productAt(e.getX(), e.getY()));
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            view = view.zoomedAt(e.getX(), e.getY(), Math.pow(1.0015, e.getDeltaY()));
            redraw();
            e.consume();
        }
    }
}
