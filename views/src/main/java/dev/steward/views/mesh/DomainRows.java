package dev.steward.views.mesh;

import dev.steward.model.lineage.layout.Rect;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wraps the domain boxes of a layered layout into rows when they form a band far wider than tall (a long
 * chain of domains would otherwise shrink to an unreadable strip when fitted): boxes keep their left-to-right
 * order (the direction data flows) and fill rows of about the width that gives the whole map a screen-like shape.
 */
final class DomainRows {

    /** Wider than this many times the height: wrap. */
    static final double MAX_ASPECT = 2.4;
    /** The shape wrapped rows aim at (a wide screen). */
    static final double TARGET_ASPECT = 1.7;
    static final double GAP_X = 70;
    static final double GAP_Y = 60;

    private DomainRows() {
    }

    static Map<String, Rect> wrap(Map<String, Rect> boxes) {
        Rect all = bounds(boxes);
        if (boxes.size() < 3 || all.height() <= 0 || all.width() / all.height() <= MAX_ASPECT) {
            return boxes;
        }
        List<Map.Entry<String, Rect>> ordered = new ArrayList<>(boxes.entrySet());
        ordered.sort(Comparator.comparingDouble((Map.Entry<String, Rect> e) -> e.getValue().x())
                .thenComparingDouble(e -> e.getValue().y()));
        double area = boxes.values().stream().mapToDouble(r -> (r.width() + GAP_X) * (r.height() + GAP_Y)).sum();
        double widest = boxes.values().stream().mapToDouble(Rect::width).max().orElse(0);
        double rowWidth = Math.max(widest, Math.sqrt(area * TARGET_ASPECT));
        Map<String, Rect> out = new LinkedHashMap<>();
        double x = all.x();
        double y = all.y();
        double rowHeight = 0;
        for (Map.Entry<String, Rect> e : ordered) {
            Rect r = e.getValue();
            if (x > all.x() && x + r.width() > all.x() + rowWidth) {
                x = all.x();
                y += rowHeight + GAP_Y;
                rowHeight = 0;
            }
            out.put(e.getKey(), new Rect(x, y, r.width(), r.height()));
            x += r.width() + GAP_X;
            rowHeight = Math.max(rowHeight, r.height());
        }
        return out;
    }

    static Rect bounds(Map<String, Rect> boxes) {
        if (boxes.isEmpty()) {
            return new Rect(0, 0, 0, 0);
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Rect r : boxes.values()) {
            minX = Math.min(minX, r.x());
            minY = Math.min(minY, r.y());
            maxX = Math.max(maxX, r.maxX());
            maxY = Math.max(maxY, r.maxY());
        }
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }
}
