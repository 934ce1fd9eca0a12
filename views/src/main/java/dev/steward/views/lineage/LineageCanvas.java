package dev.steward.views.lineage;

import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.layout.Point;
import dev.steward.model.lineage.layout.Rect;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * Draws the view-model's {@link LineageDrawing} on one {@link Canvas} (no scene node per graph node,
 * so thousands of nodes pan and zoom smoothly): drag to pan, wheel to zoom around the cursor, click
 * to select, double-click to open a node's definition (or expand a collapsed group), right-click for a node's
 * menu (focus here, expand or collapse its group); keys: Escape clears the selection, Enter focuses
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
    private final LineageMinimap minimap;
    private Set<String> matches = Set.of();
    private Consumer<LineageNode> onOpen = node -> { };
    private final ContextMenu menu = new ContextMenu();
    private final Label hoverLabel = new Label();
    private boolean fitPending = true;

    public LineageCanvas(LineageViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        getStyleClass().add("lineage-canvas");
        minimap = new LineageMinimap(this::centreOn);
        hoverLabel.getStyleClass().add("lineage-hover");
        hoverLabel.setManaged(false);
        hoverLabel.setVisible(false);
        hoverLabel.setMouseTransparent(true);
        getChildren().addAll(canvas, minimap, hoverLabel, palette.probe());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoverLabel.setVisible(false));
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
        canvas.setOnContextMenuRequested(this::contextMenu);
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

    /** Moves the view so that layout point {@code p} is in the middle, at the same zoom. */
    void centreOn(Point p) {
        panZoom.setView(panZoom.view().centredOn(p, getWidth(), getHeight()));
    }

    /** The overview in the corner (shown while the view does not show the whole drawing). */
    LineageMinimap minimap() {
        return minimap;
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
        LineagePainter.Frame frame = painter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(),
                model.drawingProperty().get(), panZoom.view(), model.highlightProperty().get(), matches, palette.get());
        minimap.update(model.drawingProperty().get(), model.highlightProperty().get(), palette.get(),
                panZoom.view().visible(canvas.getWidth(), canvas.getHeight()));
        return frame;
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
        minimap.relocate(Math.max(0, w - LineageMinimap.WIDTH - 12), Math.max(0, h - LineageMinimap.HEIGHT - 12));
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

    /**
     * Names the node under the mouse in a small label beside it, when the zoom is too far out for names on the
     * nodes (an overview of hundreds of nodes stays readable by pointing); hides it elsewhere.
     */
    void hover(double x, double y) {
        String hit = panZoom.view().scale() < LineagePainter.LABEL_SCALE ? nodeAt(x, y) : null;
        if (hit == null) {
            hoverLabel.setVisible(false);
            return;
        }
        LineageDrawing drawing = model.drawingProperty().get();
        hoverLabel.setText(drawing.name(hit) + "  ·  " + drawing.kind(hit).title());
        hoverLabel.setStyle("-fx-background-color: -color-bg-overlay, -color-border-default; -fx-background-insets: 0, 0 0 0 0;"
                + " -fx-padding: 2 6 2 6; -fx-border-color: -color-border-default; -fx-border-radius: 3; -fx-background-radius: 3;");
        hoverLabel.autosize();
        double lx = Math.min(x + 14, Math.max(0, getWidth() - hoverLabel.getWidth() - 4));
        double ly = Math.min(y + 14, Math.max(0, getHeight() - hoverLabel.getHeight() - 4));
        hoverLabel.relocate(lx, ly);
        hoverLabel.setVisible(true);
    }

    /** The text of the hover label, or empty when none is shown (for tests). */
    String hoverText() {
        return hoverLabel.isVisible() ? hoverLabel.getText() : "";
    }

    /** A double-click opens a node's definition, or expands a collapsed group. */
    private void clicked(double x, double y, int clickCount) {
        String hit = nodeAt(x, y);
        model.select(hit);
        if (hit != null && clickCount == 2) {
            if (model.isCollapsedGroup(hit)) {
                model.groupOf(hit).ifPresent(model::expandGroup);
            } else {
                model.graphProperty().get().node(hit).ifPresent(onOpen);
            }
        }
    }

    /** Right-click on a node: focus on it; expand it when it is a collapsed group, else collapse its group. */
    private void contextMenu(ContextMenuEvent e) {
        String hit = nodeAt(e.getX(), e.getY());
        menu.hide();
        menu.getItems().clear();
        if (hit == null) {
            return;
        }
        model.select(hit);
        Optional<String> group = model.groupOf(hit);
        if (model.isCollapsedGroup(hit)) {
            group.ifPresent(g -> menu.getItems().add(item("Expand " + g, () -> model.expandGroup(g))));
        } else {
            menu.getItems().add(item("Focus here", () -> model.focusOn(hit)));
            group.ifPresent(g -> menu.getItems().add(item("Collapse " + g, () -> model.collapseGroup(g))));
        }
        menu.show(this, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(a -> action.run());
        return item;
    }

    /** The items a right-click on {@code id} offers (for tests): their texts. */
    List<String> menuFor(String id) {
        if (model.isCollapsedGroup(id)) {
            return model.groupOf(id).map(g -> List.of("Expand " + g)).orElse(List.of());
        }
        List<String> items = new java.util.ArrayList<>(List.of("Focus here"));
        model.groupOf(id).ifPresent(g -> items.add("Collapse " + g));
        return items;
    }
}
