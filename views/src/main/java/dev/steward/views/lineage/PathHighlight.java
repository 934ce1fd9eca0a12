package dev.steward.views.lineage;

import dev.steward.model.lineage.LineageEdge;
import dev.steward.model.lineage.LineageGraph;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The selected node and everything upstream and downstream of it in the drawn graph: these are
 * drawn lit, the rest dimmed. An edge is lit when it lies on an upstream path into the selection
 * or on a downstream path out of it.
 */
public record PathHighlight(Optional<String> selected, Set<String> upstream, Set<String> downstream) {

    public static final PathHighlight NONE = new PathHighlight(Optional.empty(), Set.of(), Set.of());

    public PathHighlight {
        upstream = Collections.unmodifiableSet(new LinkedHashSet<>(upstream));
        downstream = Collections.unmodifiableSet(new LinkedHashSet<>(downstream));
    }

    /** The paths through {@code selected} in {@code graph}, all hops; {@link #NONE} when it is not in the graph. */
    public static PathHighlight of(LineageGraph graph, String selected) {
        if (selected == null || !graph.contains(selected)) {
            return NONE;
        }
        return new PathHighlight(Optional.of(selected), reach(graph, selected, true), reach(graph, selected, false));
    }

    private static Set<String> reach(LineageGraph graph, String start, boolean upstream) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (LineageEdge e : upstream ? graph.incoming(id) : graph.outgoing(id)) {
                String next = upstream ? e.from() : e.to();
                if (!next.equals(start) && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    public boolean isActive() {
        return selected.isPresent();
    }

    /** True for the selection and the nodes on its paths. */
    public boolean lights(String id) {
        return selected.map(id::equals).orElse(false) || upstream.contains(id) || downstream.contains(id);
    }

    /** True for an edge on an upstream path into the selection or a downstream path out of it. */
    public boolean lightsEdge(String from, String to) {
        if (selected.isEmpty()) {
            return false;
        }
        String s = selected.get();
        boolean intoSelection = upstream.contains(from) && (to.equals(s) || upstream.contains(to));
        boolean outOfSelection = downstream.contains(to) && (from.equals(s) || downstream.contains(from));
        return intoSelection || outOfSelection;
    }
}
