package dev.steward.model.lineage.layout;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the view from jumping when a graph is laid out again after a small change: the anchor is a node
 * present in both layouts, and {@code (dx, dy)} is how far it moved. Scroll the viewport by {@code (dx, dy)},
 * or draw {@link #pin(GraphLayout) pin(after)}, and the anchor stays where the user saw it.
 */
public record ViewportAnchor(String anchor, double dx, double dy) {

    /** How far {@code anchor} moved from {@code before} to {@code after}; empty when it is missing from either. */
    public static Optional<ViewportAnchor> of(GraphLayout before, GraphLayout after, String anchor) {
        Rect from = before.nodes().get(anchor);
        Rect to = after.nodes().get(anchor);
        if (from == null || to == null) {
            return Optional.empty();
        }
        return Optional.of(new ViewportAnchor(anchor, to.x() - from.x(), to.y() - from.y()));
    }

    /**
     * Picks the anchor: the first of {@code preferred} (the focus, the selection) present in both layouts;
     * otherwise the common node whose old centre was nearest to {@code viewCentre} (what the user was
     * looking at). Empty when the layouts share no node (then fit the new graph to the view instead).
     */
    public static Optional<ViewportAnchor> find(GraphLayout before, GraphLayout after, List<String> preferred, Point viewCentre) {
        for (String id : preferred) {
            Optional<ViewportAnchor> anchor = of(before, after, id);
            if (anchor.isPresent()) {
                return anchor;
            }
        }
        String nearest = null;
        double best = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, Rect> e : before.nodes().entrySet()) {
            if (!after.nodes().containsKey(e.getKey())) {
                continue;
            }
            Point c = e.getValue().center();
            double d = Math.hypot(c.x() - viewCentre.x(), c.y() - viewCentre.y());
            if (d < best) { // strict: ties keep the earlier node, so the choice is deterministic
                best = d;
                nearest = e.getKey();
            }
        }
        return nearest == null ? Optional.empty() : of(before, after, nearest);
    }

    /** {@code after} moved back by this offset, so that the anchor has the coordinates it had before. */
    public GraphLayout pin(GraphLayout after) {
        return after.translated(-dx, -dy);
    }
}
