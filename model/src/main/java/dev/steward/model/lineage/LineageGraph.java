package dev.steward.model.lineage;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedMultigraph;

/**
 * An immutable lineage graph: nodes keyed by id, directed edges from upstream to downstream
 * (several kinds may join the same pair). Nodes and edges keep the order they were added in.
 * The views ({@link #withoutTests()}, {@link #tableLevel()}, {@link #neighbourhood}) return new
 * graphs. Thread-safe.
 */
public final class LineageGraph {

    private final Map<String, LineageNode> nodes;
    private final Graph<String, LineageEdge> graph;

    LineageGraph(Collection<LineageNode> nodes, Collection<LineageEdge> edges) {
        Map<String, LineageNode> byId = new LinkedHashMap<>();
        DirectedMultigraph<String, LineageEdge> g = new DirectedMultigraph<>(null, null, false);
        for (LineageNode n : nodes) {
            byId.put(n.id(), n);
            g.addVertex(n.id());
        }
        for (LineageEdge e : edges) {
            g.addEdge(e.from(), e.to(), e);
        }
        this.nodes = Collections.unmodifiableMap(byId);
        this.graph = new AsUnmodifiableGraph<>(g);
    }

    public static LineageGraph empty() {
        return new LineageGraph(List.of(), List.of());
    }

    public List<LineageNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public List<LineageEdge> edges() {
        return List.copyOf(graph.edgeSet());
    }

    public Optional<LineageNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public boolean contains(String id) {
        return nodes.containsKey(id);
    }

    public int nodeCount() {
        return nodes.size();
    }

    public int edgeCount() {
        return graph.edgeSet().size();
    }

    /** Edges into {@code id} (from its direct upstream); empty for an unknown id. */
    public List<LineageEdge> incoming(String id) {
        return contains(id) ? List.copyOf(graph.incomingEdgesOf(id)) : List.of();
    }

    /** Edges out of {@code id} (to its direct downstream); empty for an unknown id. */
    public List<LineageEdge> outgoing(String id) {
        return contains(id) ? List.copyOf(graph.outgoingEdgesOf(id)) : List.of();
    }

    /** A read-only JGraphT view (vertices are node ids) for graph algorithms and layout. */
    public Graph<String, LineageEdge> asGraph() {
        return graph;
    }

    /** The subgraph induced by the nodes {@code keep} accepts. */
    public LineageGraph filter(Predicate<LineageNode> keep) {
        List<LineageNode> kept = nodes.values().stream().filter(keep).toList();
        Set<String> ids = new HashSet<>();
        kept.forEach(n -> ids.add(n.id()));
        List<LineageEdge> edges = graph.edgeSet().stream()
                .filter(e -> ids.contains(e.from()) && ids.contains(e.to())).toList();
        return new LineageGraph(kept, edges);
    }

    /** Without dbt data tests and unit tests (dbt docs hides them too). */
    public LineageGraph withoutTests() {
        return filter(n -> !n.kind().isTest());
    }

    /**
     * Table level: column-level nodes ({@link NodeKind#isField()}) are folded into the table they
     * are {@link EdgeKind#PART_OF}, so an edge between two columns becomes an edge of the same kind
     * between their tables (dropped when both are in the same table). A field that belongs to no
     * table is dropped with its edges.
     */
    public LineageGraph tableLevel() {
        Map<String, String> owner = new HashMap<>();
        for (LineageNode n : nodes.values()) {
            if (n.kind().isField()) {
                owner.put(n.id(), tableOf(n.id()));
            }
        }
        List<LineageNode> kept = nodes.values().stream().filter(n -> !n.kind().isField()).toList();
        Set<LineageEdge> edges = new LinkedHashSet<>();
        for (LineageEdge e : graph.edgeSet()) {
            String from = owner.containsKey(e.from()) ? owner.get(e.from()) : e.from();
            String to = owner.containsKey(e.to()) ? owner.get(e.to()) : e.to();
            if (from != null && to != null && !from.equals(to)) {
                edges.add(new LineageEdge(from, to, e.kind()));
            }
        }
        return new LineageGraph(kept, edges);
    }

    /** The table a field belongs to: the nearest non-field node along {@link EdgeKind#PART_OF} edges, or null. */
    private String tableOf(String fieldId) {
        String current = fieldId;
        for (int hops = 0; hops < 64; hops++) {
            String next = null;
            for (LineageEdge e : graph.outgoingEdgesOf(current)) {
                if (e.kind() == EdgeKind.PART_OF) {
                    next = e.to();
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            if (!nodes.get(next).kind().isField()) {
                return next;
            }
            current = next;
        }
        return null;
    }

    /**
     * The focus node, the nodes up to {@code up} hops upstream of it and up to {@code down} hops
     * downstream, and the edges among them. An unknown focus gives an empty graph.
     */
    public LineageGraph neighbourhood(String focus, int up, int down) {
        if (!contains(focus)) {
            return empty();
        }
        Set<String> keep = new LinkedHashSet<>();
        keep.add(focus);
        keep.addAll(within(focus, up, true));
        keep.addAll(within(focus, down, false));
        return filter(n -> keep.contains(n.id()));
    }

    /** Node ids at most {@code hops} edges away from {@code start}, against or along the edges. */
    private Set<String> within(String start, int hops, boolean upstream) {
        Map<String, Integer> depth = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        depth.put(start, 0);
        queue.add(start);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            int d = depth.get(id);
            if (d >= hops) {
                continue;
            }
            for (LineageEdge e : upstream ? graph.incomingEdgesOf(id) : graph.outgoingEdgesOf(id)) {
                String next = upstream ? e.from() : e.to();
                if (depth.putIfAbsent(next, d + 1) == null) {
                    queue.add(next);
                }
            }
        }
        depth.remove(start);
        return depth.keySet();
    }
}
