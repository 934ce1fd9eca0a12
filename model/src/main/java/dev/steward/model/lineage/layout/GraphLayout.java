package dev.steward.model.lineage.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Coordinates for a {@link LayoutGraph}: one rectangle per node (in the graph's node order), one route per
 * distinct edge (in the graph's edge order; duplicate edges share one route) and the bounds of the
 * whole drawing. Immutable; safe to hand from the layout thread to the FX thread.
 */
public record GraphLayout(Map<String, Rect> nodes, List<EdgeRoute> edges, Rect bounds) {

    public static final GraphLayout EMPTY = new GraphLayout(Map.of(), List.of(), new Rect(0, 0, 0, 0));

    public GraphLayout {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        edges = List.copyOf(edges);
    }

    public Optional<Rect> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The same layout moved by {@code (dx, dy)}. */
    public GraphLayout translated(double dx, double dy) {
        Map<String, Rect> moved = new LinkedHashMap<>();
        nodes.forEach((id, r) -> moved.put(id, r.translated(dx, dy)));
        return new GraphLayout(moved, edges.stream().map(e -> e.translated(dx, dy)).toList(), bounds.translated(dx, dy));
    }
}
