package dev.steward.views.mesh;

import dev.steward.model.lineage.layout.EdgeRoute;
import dev.steward.model.lineage.layout.Rect;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A laid-out domain map: a box per domain, a box per product inside its domain's box, and one route
 * per edge of {@link DomainMap#edges()} (same order). Immutable; safe to hand to the FX thread.
 */
public record DomainMapDrawing(DomainMap map, Map<String, Rect> domains, Map<String, Rect> products,
                               List<EdgeRoute> routes, Rect bounds) {

    public static final DomainMapDrawing EMPTY = new DomainMapDrawing(DomainMap.EMPTY, Map.of(), Map.of(), List.of(),
            new Rect(0, 0, 0, 0));

    public DomainMapDrawing {
        domains = Collections.unmodifiableMap(new LinkedHashMap<>(domains));
        products = Collections.unmodifiableMap(new LinkedHashMap<>(products));
        routes = List.copyOf(routes);
    }

    public boolean isEmpty() {
        return products.isEmpty() && domains.isEmpty();
    }

    /** The product whose box contains the layout point {@code (x, y)}, or null. */
    public String productAt(double x, double y) {
        for (Map.Entry<String, Rect> e : products.entrySet()) {
            Rect r = e.getValue();
            if (x >= r.x() && x <= r.maxX() && y >= r.y() && y <= r.maxY()) {
                return e.getKey();
            }
        }
        return null;
    }
}
