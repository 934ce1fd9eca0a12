package dev.steward.model.lineage.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collapses groups (dbt packages, domains) into one node each, for an overview of a graph too large to
 * read node by node: 5,000 models in 40 packages become a 40-node graph that lays out in milliseconds.
 * Groups named in {@code expanded} keep their nodes; ungrouped nodes always stay. Edges between members of
 * one collapsed group disappear; edges between the same two drawn nodes merge, and their count is kept.
 *
 * @param nodeWidth  width of a collapsed group's node
 * @param nodeHeight height of a collapsed group's node
 */
public record GroupCollapse(double nodeWidth, double nodeHeight) {

    /** Prefix of the id of a collapsed group's node (a suffix is added if a real node already has that id). */
    public static final String GROUP_ID_PREFIX = "group:";

    public GroupCollapse() {
        this(220, 56);
    }

    public Collapsed collapse(LayoutGraph graph, Set<String> expanded) {
        Set<String> ids = new HashSet<>();
        graph.nodes().forEach(n -> ids.add(n.id()));
        Map<String, String> drawnAs = new LinkedHashMap<>(); // node id -> id of the node that draws it
        Map<String, String> groupNodes = new LinkedHashMap<>(); // group -> its collapsed node id
        List<LayoutGraph.Node> nodes = new ArrayList<>();
        for (LayoutGraph.Node node : graph.nodes()) {
            Optional<String> group = node.group().filter(g -> !expanded.contains(g));
            if (group.isEmpty()) {
                nodes.add(node);
                drawnAs.put(node.id(), node.id());
                continue;
            }
            String groupNode = groupNodes.computeIfAbsent(group.get(), g -> {
                String id = unique(GROUP_ID_PREFIX + g, ids);
                nodes.add(new LayoutGraph.Node(id, nodeWidth, nodeHeight, Optional.of(g)));
                return id;
            });
            drawnAs.put(node.id(), groupNode);
        }
        Map<LayoutGraph.Edge, Integer> weights = new LinkedHashMap<>();
        for (LayoutGraph.Edge edge : graph.edges()) {
            String source = drawnAs.get(edge.source());
            String target = drawnAs.get(edge.target());
            if (source.equals(target) && !edge.isSelfLoop()) {
                continue; // inside one collapsed group
            }
            weights.merge(new LayoutGraph.Edge(source, target), 1, Integer::sum);
        }
        return new Collapsed(new LayoutGraph(nodes, List.copyOf(weights.keySet())), drawnAs, groupNodes, weights);
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int i = 2; taken.contains(candidate); i++) {
            candidate = id + "#" + i;
        }
        taken.add(candidate);
        return candidate;
    }

    /**
     * The collapsed graph; for every original node, the id of the node that draws it; for every collapsed
     * group, its node id; and for every drawn edge, how many original edges it stands for.
     */
    public record Collapsed(LayoutGraph graph, Map<String, String> drawnAs, Map<String, String> groupNodes,
            Map<LayoutGraph.Edge, Integer> edgeWeights) {

        public Collapsed {
            drawnAs = Collections.unmodifiableMap(new LinkedHashMap<>(drawnAs));
            groupNodes = Collections.unmodifiableMap(new LinkedHashMap<>(groupNodes));
            edgeWeights = Collections.unmodifiableMap(new LinkedHashMap<>(edgeWeights));
        }
    }
}
