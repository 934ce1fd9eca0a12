package dev.steward.views.mesh;

import dev.steward.model.lineage.layout.EdgeRoute;
import dev.steward.model.lineage.layout.GraphLayout;
import dev.steward.model.lineage.layout.LayeredLayout;
import dev.steward.model.lineage.layout.LayoutGraph;
import dev.steward.model.lineage.layout.LayoutOptions;
import dev.steward.model.lineage.layout.Point;
import dev.steward.model.lineage.layout.Rect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays out a {@link DomainMap} in two ELK passes: the products of each domain with the edges inside it,
 * then the domain boxes with one edge per pair of domains that data flows between. Edges between domains
 * run straight from the provider's right side to the consumer's left side (the painter curves them). A row
 * of domains much wider than the screen is wrapped into several rows ({@link DomainRows}).
 */
final class DomainMapLayout {

    static final double PRODUCT_WIDTH = 190;
    static final double PRODUCT_HEIGHT = 54;
    static final double PADDING = 18;
    static final double TITLE = 30;

    private DomainMapLayout() {
    }

    static DomainMapDrawing layout(DomainMap map) {
        LayeredLayout layered = new LayeredLayout(LayoutOptions.readable());
        Map<String, GraphLayout> inner = new LinkedHashMap<>();
        Map<String, String> domainOf = new HashMap<>();
        map.products().forEach(p -> domainOf.put(p.id(), p.domain()));
        List<LayoutGraph.Node> domainNodes = new ArrayList<>();
        for (DomainMap.Group group : map.domains()) {
            List<LayoutGraph.Node> nodes = group.productIds().stream()
                    .map(id -> new LayoutGraph.Node(id, PRODUCT_WIDTH, PRODUCT_HEIGHT)).toList();
            List<LayoutGraph.Edge> edges = map.edges().stream()
                    .filter(e -> group.id().equals(domainOf.get(e.source())) && group.id().equals(domainOf.get(e.target())))
                    .map(e -> new LayoutGraph.Edge(e.source(), e.target())).toList();
            GraphLayout laid = nodes.isEmpty() ? GraphLayout.EMPTY : layered.layout(new LayoutGraph(nodes, edges));
            inner.put(group.id(), laid);
            double width = Math.max(Math.max(laid.bounds().width(), PRODUCT_WIDTH * 0.75), titleWidth(group.label()))
                    + 2 * PADDING;
            double height = Math.max(laid.bounds().height(), nodes.isEmpty() ? 24 : 0) + 2 * PADDING + TITLE;
            domainNodes.add(new LayoutGraph.Node(group.id(), width, height));
        }
        Set<List<String>> domainEdges = new LinkedHashSet<>();
        for (DomainMap.ProductEdge e : map.edges()) {
            String from = domainOf.get(e.source());
            String to = domainOf.get(e.target());
            if (!from.equals(to)) {
                domainEdges.add(List.of(from, to));
            }
        }
        LayoutGraph outer = new LayoutGraph(domainNodes,
                domainEdges.stream().map(k -> new LayoutGraph.Edge(k.get(0), k.get(1))).toList());
        GraphLayout outerLayout = outer.isEmpty() ? GraphLayout.EMPTY
                : new LayeredLayout(LayoutOptions.readable().withEdges(LayoutOptions.EdgeStyle.POLYLINE)).layout(outer);

        Map<String, Rect> boxes = DomainRows.wrap(outerLayout.nodes());
        Rect bounds = DomainRows.bounds(boxes);
        Map<String, Rect> products = new LinkedHashMap<>();
        Map<String, EdgeRoute> innerRoutes = new HashMap<>();
        boxes.forEach((domain, box) -> {
            GraphLayout laid = inner.get(domain);
            double dx = box.x() + PADDING - laid.bounds().x();
            double dy = box.y() + PADDING + TITLE - laid.bounds().y();
            GraphLayout moved = laid.translated(dx, dy);
            products.putAll(moved.nodes());
            moved.edges().forEach(r -> innerRoutes.putIfAbsent(r.source() + "\u0000" + r.target(), r));
        });
        List<EdgeRoute> routes = new ArrayList<>();
        for (DomainMap.ProductEdge e : map.edges()) {
            EdgeRoute r = innerRoutes.get(e.source() + "\u0000" + e.target());
            routes.add(r != null ? r : straight(e, products.get(e.source()), products.get(e.target()),
                    rowsApart(boxes.get(domainOf.get(e.source())), boxes.get(domainOf.get(e.target())))));
        }
        return new DomainMapDrawing(map, boxes, products, routes, bounds);
    }

    /** About how wide the painter's bold 15 px domain title is (generous, so it never overflows its box). */
    static double titleWidth(String label) {
        return label.length() * 9.5;
    }

    /** True when one domain box lies wholly below the other (rows of domains): such edges run vertically. */
    private static boolean rowsApart(Rect a, Rect b) {
        return a != null && b != null && (b.y() >= a.maxY() || a.y() >= b.maxY());
    }

    private static EdgeRoute straight(DomainMap.ProductEdge e, Rect from, Rect to, boolean vertical) {
        if (e.source().equals(e.target())) {
            Point top = new Point(from.center().x(), from.y());
            return new EdgeRoute(e.source(), e.target(), new Point(from.maxX(), from.center().y()),
                    List.of(new Point(from.maxX() + 20, from.y() - 20), new Point(top.x(), from.y() - 20)), top);
        }
        if (vertical) { // the consumer's domain is in another row of domains
            boolean down = to.y() > from.maxY();
            return new EdgeRoute(e.source(), e.target(), new Point(from.center().x(), down ? from.maxY() : from.y()),
                    List.of(), new Point(to.center().x(), down ? to.y() : to.maxY()));
        }
        boolean forward = to.center().x() >= from.center().x();
        Point start = new Point(forward ? from.maxX() : from.x(), from.center().y());
        Point end = new Point(forward ? to.x() : to.maxX(), to.center().y());
        return new EdgeRoute(e.source(), e.target(), start, List.of(), end);
    }
}
