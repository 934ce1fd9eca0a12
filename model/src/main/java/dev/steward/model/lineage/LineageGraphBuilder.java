package dev.steward.model.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the nodes and edges {@link LineageContributor}s add, then freezes them into a
 * {@link LineageGraph}. Not thread-safe: one build runs on one thread.
 */
public final class LineageGraphBuilder {

    private final Map<String, LineageNode> nodes = new LinkedHashMap<>();
    private final Set<LineageEdge> edges = new LinkedHashSet<>();
    private final Set<String> joinedPairs = new HashSet<>();
    private final Map<String, List<String>> aliases = new HashMap<>();
    private final List<LineageProblem> problems = new ArrayList<>();

    /** Runs {@code contributors} in order on a new builder. */
    public static Lineage build(List<? extends LineageContributor> contributors) {
        LineageGraphBuilder builder = new LineageGraphBuilder();
        contributors.forEach(c -> c.contribute(builder));
        return new Lineage(builder.graph(), builder.problems());
    }

    /** Adds {@code node} unless a node with its id exists; returns the node now under that id. */
    public LineageNode addNode(LineageNode node) {
        LineageNode existing = nodes.putIfAbsent(node.id(), node);
        if (existing == null) {
            alias(LineageAlias.id(node.id()), node.id());
            return node;
        }
        return existing;
    }

    public Optional<LineageNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public boolean hasNode(String id) {
        return nodes.containsKey(id);
    }

    /**
     * Adds the edge {@code from -> to} once (the same pair may carry edges of several kinds). A
     * self-loop is ignored; both nodes must have been added.
     */
    public void addEdge(String from, String to, EdgeKind kind) {
        if (!nodes.containsKey(from) || !nodes.containsKey(to)) {
            throw new IllegalArgumentException("edge " + from + " -> " + to + ": add both nodes first");
        }
        if (!from.equals(to)) {
            edges.add(new LineageEdge(from, to, kind));
            joinedPairs.add(from + "\u0000" + to);
        }
    }

    /** Whether an edge of any kind already goes from {@code from} to {@code to}. */
    public boolean joined(String from, String to) {
        return joinedPairs.contains(from + "\u0000" + to);
    }

    /** Lets others find {@code nodeId} by {@code alias} (a {@link LineageAlias} key). */
    public void alias(String alias, String nodeId) {
        List<String> ids = aliases.computeIfAbsent(alias, k -> new ArrayList<>(1));
        if (!ids.contains(nodeId)) {
            ids.add(nodeId);
        }
    }

    /** The nodes registered under {@code alias}, in the order they were registered. */
    public List<String> resolve(String alias) {
        return List.copyOf(aliases.getOrDefault(alias, List.of()));
    }

    /** The first node registered under any of {@code aliases}, tried in order. */
    public Optional<String> resolveFirst(String... candidates) {
        for (String a : candidates) {
            List<String> ids = aliases.get(a);
            if (ids != null && !ids.isEmpty()) {
                return Optional.of(ids.getFirst());
            }
        }
        return Optional.empty();
    }

    public void problem(LineageProblem problem) {
        problems.add(problem);
    }

    public List<LineageProblem> problems() {
        return List.copyOf(problems);
    }

    /** The graph as built so far; the builder may go on. */
    public LineageGraph graph() {
        return new LineageGraph(nodes.values(), edges);
    }
}
