package dev.steward.model.mesh.governance;

import dev.steward.model.mesh.Dependency;
import dev.steward.model.mesh.MeshModel;
import dev.steward.model.mesh.MeshProduct;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * {@code mesh-dependency-cycle}: products that depend on each other in a circle. Each dependency
 * inside a strongly connected group of products is reported where it is declared, with the
 * shortest way back from its provider to its consumer, so every file in the cycle shows it.
 */
final class CycleRule {

    private CycleRule() {
    }

    static void check(MeshModel model, MeshFindings findings) {
        if (!findings.enabled(MeshRules.DEPENDENCY_CYCLE) || model.dependencies().isEmpty()) {
            return;
        }
        Graph<MeshProduct, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        model.products().forEach(graph::addVertex);
        model.dependencies().forEach(d -> graph.addEdge(d.consumer(), d.provider()));
        for (Set<MeshProduct> group : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            if (group.size() < 2) {
                continue;
            }
            for (Dependency d : model.dependencies()) {
                if (group.contains(d.consumer()) && group.contains(d.provider())) {
                    List<MeshProduct> back = path(graph, group, d.provider(), d.consumer());
                    String circle = d.consumer().label() + " → " + back.stream().map(MeshProduct::label)
                            .collect(Collectors.joining(" → "));
                    findings.add(MeshRules.DEPENDENCY_CYCLE, d.consumer(), d.range(), "Dependency cycle: "
                            + circle + "; data products must form a directed acyclic graph, so that each can be"
                            + " rebuilt from its inputs. Remove one of these dependencies");
                }
            }
        }
    }

    /** The shortest path from {@code from} to {@code to} inside {@code group} (breadth first), both included. */
    private static List<MeshProduct> path(Graph<MeshProduct, DefaultEdge> graph, Set<MeshProduct> group,
                                          MeshProduct from, MeshProduct to) {
        Map<MeshProduct, MeshProduct> previous = new HashMap<>();
        Deque<MeshProduct> todo = new ArrayDeque<>();
        todo.add(from);
        previous.put(from, from);
        while (!todo.isEmpty()) {
            MeshProduct p = todo.poll();
            if (p == to) {
                break;
            }
            for (DefaultEdge e : graph.outgoingEdgesOf(p)) {
                MeshProduct next = graph.getEdgeTarget(e);
                if (group.contains(next) && previous.putIfAbsent(next, p) == null) {
                    todo.add(next);
                }
            }
        }
        List<MeshProduct> out = new ArrayList<>();
        for (MeshProduct p = to; p != null; p = p == from ? null : previous.get(p)) {
            out.addFirst(p);
        }
        return out;
    }
}
