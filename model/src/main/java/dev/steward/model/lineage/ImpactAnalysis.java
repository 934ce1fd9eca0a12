package dev.steward.model.lineage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a node reaches along the lineage: everything downstream of it (what a change can break)
 * or upstream of it (what it is made from), each with one shortest path explaining why. Works on
 * any {@link LineageGraph}: pass {@link LineageGraph#withoutTests()} to leave tests out.
 */
public final class ImpactAnalysis {

    public enum Direction { UPSTREAM, DOWNSTREAM }

    /**
     * A reached node and one shortest path to it, in the direction data flows: from the focus to
     * the node downstream, from the node to the focus upstream. {@code hops} is the path's length.
     */
    public record Reached(LineageNode node, List<LineageNode> path) {
        public Reached {
            path = List.copyOf(path);
        }

        public int hops() {
            return path.size() - 1;
        }

        /** The path by names, {@code orders.amount → fct_orders → revenue → exec dashboard}. */
        public String explanation() {
            return String.join(" → ", path.stream().map(LineageNode::name).toList());
        }
    }

    /** The nodes reached from {@code focus}, nearest first. */
    public record Impact(LineageNode focus, Direction direction, List<Reached> reached) {
        public Impact {
            reached = List.copyOf(reached);
        }

        /** The reached nodes grouped by category (contracts, products, metrics, exposures, ...), in category order. */
        public Map<NodeKind.Category, List<Reached>> byCategory() {
            Map<NodeKind.Category, List<Reached>> out = new EnumMap<>(NodeKind.Category.class);
            for (Reached r : reached) {
                out.computeIfAbsent(r.node().kind().category(), k -> new ArrayList<>()).add(r);
            }
            return out;
        }

        public boolean isEmpty() {
            return reached.isEmpty();
        }
    }

    private ImpactAnalysis() {
    }

    public static Impact downstream(LineageGraph graph, String focus) {
        return of(graph, focus, Direction.DOWNSTREAM);
    }

    public static Impact upstream(LineageGraph graph, String focus) {
        return of(graph, focus, Direction.UPSTREAM);
    }

    /** @throws IllegalArgumentException when {@code focus} is not a node of {@code graph} (look it up with {@link NodeLookup} first) */
    public static Impact of(LineageGraph graph, String focus, Direction direction) {
        LineageNode start = graph.node(focus)
                .orElseThrow(() -> new IllegalArgumentException("no node '" + focus + "' in the lineage graph"));
        boolean down = direction == Direction.DOWNSTREAM;
        Map<String, String> previous = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        previous.put(focus, null);
        queue.add(focus);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (LineageEdge e : down ? graph.outgoing(id) : graph.incoming(id)) {
                String next = down ? e.to() : e.from();
                if (!previous.containsKey(next)) {
                    previous.put(next, id);
                    queue.add(next);
                }
            }
        }
        List<Reached> reached = new ArrayList<>(previous.size());
        for (String id : previous.keySet()) {
            if (id.equals(focus)) {
                continue;
            }
            List<LineageNode> path = new ArrayList<>();
            for (String at = id; at != null; at = previous.get(at)) {
                path.add(graph.node(at).orElseThrow());
            }
            if (down) {
                Collections.reverse(path);
            }
            reached.add(new Reached(graph.node(id).orElseThrow(), path));
        }
        return new Impact(start, direction, reached);
    }
}
