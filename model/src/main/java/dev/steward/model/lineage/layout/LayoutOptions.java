package dev.steward.model.lineage.layout;

import java.util.Objects;

/**
 * The knobs of {@link LayeredLayout} that trade speed against readability. {@link #readable()} and
 * {@link #fast()} are the measured presets (see the graph layout benchmark); {@link #forSize(int, int)}
 * picks one by graph size.
 *
 * @param edges              how edges are routed
 * @param placement          how nodes are placed inside their layer (the vertical position, left to right layout)
 * @param layering           how nodes are assigned to layers (columns)
 * @param thoroughness       crossing minimisation restarts (ELK default 7; 1 = one sweep run)
 * @param greedySwitch       run the greedy-switch crossing post-pass (quadratic per layer; slow on large graphs)
 * @param separateComponents lay out connected components one by one and pack them
 * @param modelOrder         make crossing minimisation respect the graph's node and edge order (costly; measured
 *                           neither steadier nor with fewer crossings on generated dbt graphs)
 * @param nodeSpacing        vertical gap between nodes of one layer, in pixels
 * @param layerSpacing       horizontal gap between layers, in pixels
 */
public record LayoutOptions(EdgeStyle edges, NodePlacement placement, Layering layering, int thoroughness,
        boolean greedySwitch, boolean separateComponents, boolean modelOrder, double nodeSpacing, double layerSpacing) {

    /**
     * Up to this many nodes, and twice as many edges, {@link #forSize(int, int)} picks {@link #readable()}: a 2-hop
     * focus (about 200 nodes). Above it the graph is seen zoomed out, where orthogonal routes of hundreds of edges
     * merge into grey channels (the 384-node Tuva manifest) and polylines show which columns are joined.
     */
    public static final int READABLE_LIMIT = 250;

    public LayoutOptions {
        Objects.requireNonNull(edges, "edges");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(layering, "layering");
        if (thoroughness < 1) {
            throw new IllegalArgumentException("Crossing minimisation thoroughness must be >= 1, got " + thoroughness);
        }
        if (!(nodeSpacing >= 0) || !(layerSpacing >= 0)) {
            throw new IllegalArgumentException("Spacings must be >= 0, got node " + nodeSpacing + ", layer " + layerSpacing);
        }
    }

    /**
     * Orthogonal edges, Brandes-Köpf placement, thorough crossing minimisation (7 runs), no model order: for
     * focus views. On a 197-node 2-hop focus: 6 ms CPU and 168 crossings; model order would cost 19 ms and
     * give 230 crossings, one run (thoroughness 1) 423 crossings, greedy switch saves under 5 % of them.
     */
    public static LayoutOptions readable() {
        return new LayoutOptions(EdgeStyle.ORTHOGONAL, NodePlacement.BRANDES_KOEPF, Layering.NETWORK_SIMPLEX, 7,
                false, true, false, 16, 56);
    }

    /**
     * Polyline edges, one crossing-minimisation run, no greedy switch, no model order, components not
     * separated: for whole graphs of thousands of nodes. At 1,000 nodes: 71 ms CPU (orthogonal edges +50 %,
     * 7 runs x3, model order x25; separating components +35 % time and +50 % area). At 5,000: 1.2 s CPU.
     */
    public static LayoutOptions fast() {
        return new LayoutOptions(EdgeStyle.POLYLINE, NodePlacement.BRANDES_KOEPF, Layering.NETWORK_SIMPLEX, 1,
                false, false, false, 16, 56);
    }

    /**
     * {@link #readable()} for small graphs, {@link #fast()} otherwise. Edges count too: dense graphs are slow
     * in few nodes (5,000 models collapsed to 41 packages keep 1,200 edges: 1.2 s CPU readable, 0.38 s fast).
     */
    public static LayoutOptions forSize(int nodes, int edges) {
        return nodes <= READABLE_LIMIT && edges <= 2 * READABLE_LIMIT ? readable() : fast();
    }

    public LayoutOptions withEdges(EdgeStyle value) {
        return new LayoutOptions(value, placement, layering, thoroughness, greedySwitch, separateComponents, modelOrder, nodeSpacing, layerSpacing);
    }

    public LayoutOptions withPlacement(NodePlacement value) {
        return new LayoutOptions(edges, value, layering, thoroughness, greedySwitch, separateComponents, modelOrder, nodeSpacing, layerSpacing);
    }

    public LayoutOptions withThoroughness(int value) {
        return new LayoutOptions(edges, placement, layering, value, greedySwitch, separateComponents, modelOrder, nodeSpacing, layerSpacing);
    }

    public LayoutOptions withGreedySwitch(boolean value) {
        return new LayoutOptions(edges, placement, layering, thoroughness, value, separateComponents, modelOrder, nodeSpacing, layerSpacing);
    }

    public LayoutOptions withSeparateComponents(boolean value) {
        return new LayoutOptions(edges, placement, layering, thoroughness, greedySwitch, value, modelOrder, nodeSpacing, layerSpacing);
    }

    public LayoutOptions withModelOrder(boolean value) {
        return new LayoutOptions(edges, placement, layering, thoroughness, greedySwitch, separateComponents, value, nodeSpacing, layerSpacing);
    }

    /** A short description for logs and benchmark output. */
    public String describe() {
        return edges.name().toLowerCase(java.util.Locale.ROOT) + ", " + placement + ", " + layering + ", thoroughness "
                + thoroughness + (greedySwitch ? ", greedy switch" : "") + (separateComponents ? ", components" : "")
                + (modelOrder ? ", model order" : "");
    }

    public enum EdgeStyle { ORTHOGONAL, POLYLINE }

    public enum NodePlacement { BRANDES_KOEPF, LINEAR_SEGMENTS, NETWORK_SIMPLEX, SIMPLE }

    public enum Layering { NETWORK_SIMPLEX, LONGEST_PATH, LONGEST_PATH_SOURCE }
}
