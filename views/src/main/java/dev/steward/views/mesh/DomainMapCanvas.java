package dev.steward.views.mesh;

import dev.steward.model.lineage.layout.Point;
import dev.steward.model.lineage.layout.Rect;
import dev.steward.views.lineage.PanZoom;
import dev.steward.views.lineage.ThemedPalette;
import dev.steward.views.lineage.Viewport;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * Draws the view-model's {@link DomainMapDrawing} on one canvas: drag to pan, wheel to zoom around the
 * cursor, click a product to select it (empty space clears); keys: F fits, + and - zoom, Escape clears.
 * The first drawing is fitted to the view; a rebuilt one keeps the zoom and the selected product's place on screen.
 */
public final class DomainMapCanvas extends Region {

    private final DomainMapViewModel model;
    private final Canvas canvas = new Canvas();
    private final DomainMapPainter painter = new DomainMapPainter();
    private final ThemedPalette<DomainMapPalette> palette = new ThemedPalette<>(this, DomainMapPalette.light(),
            DomainMapPalette::resolve);
    private final PanZoom panZoom;
    private boolean fitPending = true;
    private Consumer<String> onOpenProduct = id -> { };

    public DomainMapCanvas(DomainMapViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        getStyleClass().add("domain-map-canvas");
        getChildren().addAll(canvas, palette.probe());
        setMinSize(0, 0);
        model.selectedProperty().addListener(o -> redraw());
        sceneProperty().addListener(o -> redraw());
        panZoom = new PanZoom(this, canvas, this::redraw, (x, y, clicks) -> {
            String id = productAt(x, y);
            model.select(id);
            if (clicks == 2 && id != null) {
                onOpenProduct.accept(id);
            }
        });
        model.drawingProperty().addListener((o, before, after) -> {
            if (before.isEmpty() || fitPending) {
                fitPending = true; // the first map is fitted; later ones keep the user's place
            } else {
                panZoom.setView(ViewportAnchor.keep(before, after, panZoom.view(), model.selectedProperty().get()));
            }
            requestLayout();
        });
        setFocusTraversable(true);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** {@code open} receives the id of a product the user double-clicks. */
    public void setOnOpenProduct(Consumer<String> open) {
        this.onOpenProduct = Objects.requireNonNull(open, "open");
    }

    /** The current pan and zoom. */
    public Viewport view() {
        return panZoom.view();
    }

    /** Shows the whole map. */
    public void fit() {
        panZoom.setView(Viewport.fit(model.drawingProperty().get().bounds(), getWidth(), getHeight(), 1.25));
    }

    /** Zooms by {@code factor} around the centre of the view. */
    public void zoom(double factor) {
        panZoom.setView(panZoom.view().zoomedAt(getWidth() / 2, getHeight() / 2, factor));
    }

    public double scale() {
        return panZoom.view().scale();
    }

    /** Where product {@code id}'s centre is, in this region's coordinates; null when it is not drawn. */
    public Point productCentreOnScreen(String id) {
        Rect r = model.drawingProperty().get().products().get(id);
        return r == null ? null : panZoom.view().toScreen(r.center());
    }

    /** The product under the point {@code (x, y)} of this region, or null. */
    public String productAt(double x, double y) {
        Point p = panZoom.view().toLayout(x, y);
        return model.drawingProperty().get().productAt(p.x(), p.y());
    }

    public DomainMapPalette palette() {
        return palette.get();
    }

    void redraw() {
        painter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(),
                model.drawingProperty().get(), panZoom.view(), model.selectedProperty().get(), palette.get());
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
}
