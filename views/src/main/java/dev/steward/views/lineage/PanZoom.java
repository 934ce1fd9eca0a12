package dev.steward.views.lineage;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * The mouse gestures of a graph canvas and the {@link Viewport} they move: drag to pan, wheel to zoom around
 * the cursor, a primary click without drag (more than 3 pixels) reported to a {@link ClickHandler}. Pressing
 * focuses {@code owner} so its keys work. Shared by the lineage canvas and the domain map.
 */
public final class PanZoom {

    /** Called with a click's position in the canvas' coordinates and its click count. */
    @FunctionalInterface
    public interface ClickHandler {
        void clicked(double x, double y, int clickCount);
    }

    private final Runnable redraw;
    private final ClickHandler onClick;
    private Viewport view = Viewport.IDENTITY;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;

    /** Listens to {@code canvas}' mouse; calls {@code redraw} after each change of the viewport. */
    public PanZoom(Region owner, Node canvas, Runnable redraw, ClickHandler onClick) {
        this.redraw = Objects.requireNonNull(redraw, "redraw");
        this.onClick = Objects.requireNonNull(onClick, "onClick");
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            owner.requestFocus();
            pressX = lastX = e.getX();
            pressY = lastY = e.getY();
            dragged = false;
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (!dragged && e.getButton() == MouseButton.PRIMARY) {
                onClick.clicked(e.getX(), e.getY(), e.getClickCount());
            }
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    public Viewport view() {
        return view;
    }

    /** Shows {@code next} and redraws. */
    public void setView(Viewport next) {
        view = Objects.requireNonNull(next, "next");
        redraw.run();
    }

    private void dragged(MouseEvent e) {
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > 3) {
            dragged = true;
        }
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        setView(view.panned(dx, dy));
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            setView(view.zoomedAt(e.getX(), e.getY(), Math.pow(1.0015, e.getDeltaY())));
            e.consume();
        }
    }
}
