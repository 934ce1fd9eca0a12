package dev.steward.app.bench;

import dev.steward.model.lineage.layout.EdgeRoute;
import dev.steward.model.lineage.layout.GraphLayout;
import dev.steward.model.lineage.layout.Point;
import dev.steward.model.lineage.layout.Rect;
import dev.steward.model.lineage.layout.ViewportAnchor;
import java.util.List;
import java.util.Map;

/** Readability figures of a layout, for choosing layout options: crossings, bends, area, movement. */
final class LayoutQuality {

    private LayoutQuality() {
    }

    /** Proper crossings between segments of edges that share no node (quadratic: for graphs up to a few thousand segments). */
    static long crossings(GraphLayout layout) {
        List<EdgeRoute> edges = layout.edges();
        long count = 0;
        for (int i = 0; i < edges.size(); i++) {
            EdgeRoute a = edges.get(i);
            List<Point> pa = a.path();
            for (int j = i + 1; j < edges.size(); j++) {
                EdgeRoute b = edges.get(j);
                if (a.source().equals(b.source()) || a.source().equals(b.target()) || a.target().equals(b.source())
                        || a.target().equals(b.target())) {
                    continue;
                }
                count += crossings(pa, b.path());
            }
        }
        return count;
    }

    private static int crossings(List<Point> a, List<Point> b) {
        int count = 0;
        for (int i = 0; i + 1 < a.size(); i++) {
            for (int j = 0; j + 1 < b.size(); j++) {
                if (cross(a.get(i), a.get(i + 1), b.get(j), b.get(j + 1))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean cross(Point p1, Point p2, Point q1, Point q2) {
        double d1 = orient(q1, q2, p1);
        double d2 = orient(q1, q2, p2);
        double d3 = orient(p1, p2, q1);
        double d4 = orient(p1, p2, q2);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double orient(Point a, Point b, Point c) {
        return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
    }

    static long bends(GraphLayout layout) {
        return layout.edges().stream().mapToLong(e -> e.bendPoints().size()).sum();
    }

    /** Drawing area in megapixels. */
    static double areaMpx(GraphLayout layout) {
        return layout.bounds().width() * layout.bounds().height() / 1e6;
    }

    /**
     * Mean distance the nodes present in both layouts moved, after pinning {@code after} on the anchor
     * (what the user sees move when the graph changes slightly and the view is kept anchored).
     */
    static double meanShift(GraphLayout before, GraphLayout after, String anchor) {
        GraphLayout pinned = ViewportAnchor.of(before, after, anchor).map(a -> a.pin(after)).orElse(after);
        double sum = 0;
        int n = 0;
        for (Map.Entry<String, Rect> e : before.nodes().entrySet()) {
            Rect moved = pinned.nodes().get(e.getKey());
            if (moved != null) {
                sum += Math.hypot(moved.x() - e.getValue().x(), moved.y() - e.getValue().y());
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
