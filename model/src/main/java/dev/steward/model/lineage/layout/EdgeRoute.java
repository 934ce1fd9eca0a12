package dev.steward.model.lineage.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * How one edge is drawn: from {@code start} (on the source node's border) through {@code bendPoints}
 * to {@code end} (on the target node's border). A self-loop starts and ends on the same node.
 */
public record EdgeRoute(String source, String target, Point start, List<Point> bendPoints, Point end) {

    public EdgeRoute {
        bendPoints = List.copyOf(bendPoints);
    }

    /** The whole polyline: start, bend points, end. */
    public List<Point> path() {
        List<Point> path = new ArrayList<>(bendPoints.size() + 2);
        path.add(start);
        path.addAll(bendPoints);
        path.add(end);
        return List.copyOf(path);
    }

    EdgeRoute translated(double dx, double dy) {
        return new EdgeRoute(source, target, start.translated(dx, dy),
                bendPoints.stream().map(p -> p.translated(dx, dy)).toList(), end.translated(dx, dy));
    }
}
