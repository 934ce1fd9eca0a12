package dev.steward.model.lineage.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The neighbourhood of a focus node in a lineage graph, dbt-selector style ({@code 2+model+2}): the
 * focus, its ancestors up to N hops upstream and its descendants up to N hops downstream, with every
 * edge of the whole graph between the chosen nodes. Index the whole graph once, then ask for as many
 * focuses as the user clicks. Node and edge order follow the whole graph (model order), so a focus
 * that grows by one hop keeps its earlier nodes in the same relative order.
 */
public final class LineageNeighbourhood {

    /** Hop count meaning "all ancestors" or "all descendants". */
    public static final int ALL_HOPS = Integer.MAX_VALUE;

    private final LayoutGraph graph;
    private final Map<String, Integer> index;
    private final int[][] parents;
    private final int[][] children;

    public LineageNeighbourhood(LayoutGraph graph) {
        this.graph = graph;
        int n = graph.nodes().size();
        index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(graph.nodes().get(i).id(), i);
        }
        int[] outDegree = new int[n];
        int[] inDegree = new int[n];
        for (LayoutGraph.Edge e : graph.edges()) {
            outDegree[index.get(e.source())]++;
            inDegree[index.get(e.target())]++;
        }
        parents = new int[n][];
        children = new int[n][];
        for (int i = 0; i < n; i++) {
            parents[i] = new int[inDegree[i]];
            children[i] = new int[outDegree[i]];
        }
        Arrays.fill(outDegree, 0);
        Arrays.fill(inDegree, 0);
        for (LayoutGraph.Edge e : graph.edges()) {
            int s = index.get(e.source());
            int t = index.get(e.target());
            children[s][outDegree[s]++] = t;
            parents[t][inDegree[t]++] = s;
        }
    }

    public LayoutGraph graph() {
        return graph;
    }

    public boolean contains(String id) {
        return index.containsKey(id);
    }

    /**
     * The focus with {@code upstreamHops} of ancestors and {@code downstreamHops} of descendants
     * ({@link #ALL_HOPS} for all), and, for each shown node, how many of its direct neighbours are hidden.
     */
    public Focus around(String focus, int upstreamHops, int downstreamHops) {
        Integer start = index.get(focus);
        if (start == null) {
            throw new IllegalArgumentException("Node '" + focus + "' is not in the lineage graph; focus on one of its "
                    + graph.nodes().size() + " nodes");
        }
        if (upstreamHops < 0 || downstreamHops < 0) {
            throw new IllegalArgumentException("Hop counts must be >= 0, got " + upstreamHops + " up and " + downstreamHops + " down");
        }
        boolean[] shown = new boolean[graph.nodes().size()];
        shown[start] = true;
        walk(start, upstreamHops, parents, shown);
        walk(start, downstreamHops, children, shown);
        List<LayoutGraph.Node> nodes = new ArrayList<>();
        Map<String, Integer> hidden = new LinkedHashMap<>();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i]) {
                nodes.add(graph.nodes().get(i));
                int count = hiddenNeighbours(i, shown);
                if (count > 0) {
                    hidden.put(graph.nodes().get(i).id(), count);
                }
            }
        }
        List<LayoutGraph.Edge> edges = new ArrayList<>();
        for (LayoutGraph.Edge e : graph.edges()) {
            if (shown[index.get(e.source())] && shown[index.get(e.target())]) {
                edges.add(e);
            }
        }
        return new Focus(focus, new LayoutGraph(nodes, edges), hidden);
    }

    private static void walk(int start, int hops, int[][] next, boolean[] shown) {
        int[] distance = new int[shown.length];
        Arrays.fill(distance, -1);
        distance[start] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            int at = queue.poll();
            if (distance[at] >= hops) {
                continue;
            }
            for (int n : next[at]) {
                if (distance[n] < 0) {
                    distance[n] = distance[at] + 1;
                    shown[n] = true;
                    queue.add(n);
                }
            }
        }
    }

    private int hiddenNeighbours(int node, boolean[] shown) {
        int count = 0;
        for (int p : parents[node]) {
            count += shown[p] ? 0 : 1;
        }
        for (int c : children[node]) {
            count += shown[c] ? 0 : 1;
        }
        return count;
    }

    /**
     * A focused subgraph: the focus node id, the graph to lay out, and, per shown node, the number of
     * direct parents and children left out (for "+3" expanders). Counts are per edge, not per distinct node.
     */
    public record Focus(String focus, LayoutGraph graph, Map<String, Integer> hiddenNeighbours) {

        public Focus {
            hiddenNeighbours = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(hiddenNeighbours));
        }
    }
}
