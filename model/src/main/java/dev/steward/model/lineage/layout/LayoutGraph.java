package dev.steward.model.lineage.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The input of a layout: nodes with their drawn size and an optional group (a dbt package, a domain),
 * and directed edges between them (upstream → downstream). The node and edge order is the model order:
 * ELK receives the graph in this order with its random decisions seeded, so the same graph always gets the
 * same coordinates. Self-loops, duplicate edges and cycles are allowed; an edge must connect nodes of this graph.
 */
public record LayoutGraph(List<Node> nodes, List<Edge> edges) {

    public static final LayoutGraph EMPTY = new LayoutGraph(List.of(), List.of());

    public LayoutGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Set<String> ids = new HashSet<>(nodes.size() * 2);
        for (Node node : nodes) {
            if (!ids.add(node.id())) {
                throw new IllegalArgumentException("Node '" + node.id() + "' appears twice in the graph; node ids must be unique");
            }
        }
        for (Edge edge : edges) {
            if (!ids.contains(edge.source()) || !ids.contains(edge.target())) {
                String missing = ids.contains(edge.source()) ? edge.target() : edge.source();
                throw new IllegalArgumentException("Edge " + edge.source() + " -> " + edge.target()
                        + " refers to node '" + missing + "', which is not in the graph; edges may only connect the graph's nodes");
            }
        }
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** A node as drawn: its id, its size in pixels, and the group it belongs to, if any. */
    public record Node(String id, double width, double height, Optional<String> group) {

        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(group, "group");
            if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
                throw new IllegalArgumentException("Node '" + id + "' needs a finite width and height > 0, got "
                        + width + " x " + height);
            }
        }

        public Node(String id, double width, double height) {
            this(id, width, height, Optional.empty());
        }
    }

    /** A directed edge: data flows from {@code source} (upstream) to {@code target} (downstream). */
    public record Edge(String source, String target) {

        public Edge {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
        }

        public boolean isSelfLoop() {
            return source.equals(target);
        }
    }
}
