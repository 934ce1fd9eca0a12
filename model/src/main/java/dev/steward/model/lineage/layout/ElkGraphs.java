package dev.steward.model.lineage.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/** Converts a {@link LayoutGraph} to a flat ELK graph configured for layered layout, and reads the result back. */
final class ElkGraphs {

    static final double PADDING = 12;
    /** ELK's random decisions (cycle breaking ties, sweep starts) are seeded: same input, same coordinates. */
    static final int SEED = 1;

    private ElkGraphs() {
    }

    /** The ELK graph and the mapping back to our ids, in model order. */
    record Built(ElkNode root, List<String> nodeIds, List<ElkNode> elkNodes, List<LayoutGraph.Edge> edges, List<ElkEdge> elkEdges) {
    }

    static Built build(LayoutGraph graph, LayoutOptions options) {
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root, options);
        Map<String, ElkNode> byId = new LinkedHashMap<>(graph.nodes().size() * 2);
        List<String> ids = new ArrayList<>(graph.nodes().size());
        List<ElkNode> elkNodes = new ArrayList<>(graph.nodes().size());
        for (LayoutGraph.Node node : graph.nodes()) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setIdentifier(node.id());
            elk.setDimensions(node.width(), node.height());
            byId.put(node.id(), elk);
            ids.add(node.id());
            elkNodes.add(elk);
        }
        List<LayoutGraph.Edge> edges = new ArrayList<>(new LinkedHashSet<>(graph.edges()));
        List<ElkEdge> elkEdges = new ArrayList<>(edges.size());
        for (LayoutGraph.Edge edge : edges) {
            elkEdges.add(ElkGraphUtil.createSimpleEdge(byId.get(edge.source()), byId.get(edge.target())));
        }
        return new Built(root, ids, elkNodes, edges, elkEdges);
    }

    private static void configure(ElkNode root, LayoutOptions o) {
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.RANDOM_SEED, SEED);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, o.nodeSpacing());
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, o.layerSpacing());
        root.setProperty(LayeredOptions.EDGE_ROUTING, switch (o.edges()) {
            case ORTHOGONAL -> EdgeRouting.ORTHOGONAL;
            case POLYLINE -> EdgeRouting.POLYLINE;
        });
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, switch (o.placement()) {
            case BRANDES_KOEPF -> NodePlacementStrategy.BRANDES_KOEPF;
            case LINEAR_SEGMENTS -> NodePlacementStrategy.LINEAR_SEGMENTS;
            case NETWORK_SIMPLEX -> NodePlacementStrategy.NETWORK_SIMPLEX;
            case SIMPLE -> NodePlacementStrategy.SIMPLE;
        });
        root.setProperty(LayeredOptions.LAYERING_STRATEGY, switch (o.layering()) {
            case NETWORK_SIMPLEX -> LayeringStrategy.NETWORK_SIMPLEX;
            case LONGEST_PATH -> LayeringStrategy.LONGEST_PATH;
            case LONGEST_PATH_SOURCE -> LayeringStrategy.LONGEST_PATH_SOURCE;
        });
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.LAYER_SWEEP);
        root.setProperty(LayeredOptions.THOROUGHNESS, o.thoroughness());
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE,
                o.greedySwitch() ? GreedySwitchType.TWO_SIDED : GreedySwitchType.OFF);
        if (o.greedySwitch()) {
            root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_ACTIVATION_THRESHOLD, 0);
        }
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, o.separateComponents());
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
                o.modelOrder() ? OrderingStrategy.NODES_AND_EDGES : OrderingStrategy.NONE);
    }

    /** Reads node rectangles and edge routes from a laid-out ELK graph (flat: all coordinates relative to the root). */
    static GraphLayout read(Built built) {
        Map<String, Rect> nodes = new LinkedHashMap<>(built.nodeIds().size() * 2);
        for (int i = 0; i < built.nodeIds().size(); i++) {
            ElkNode n = built.elkNodes().get(i);
            nodes.put(built.nodeIds().get(i), new Rect(n.getX(), n.getY(), n.getWidth(), n.getHeight()));
        }
        List<EdgeRoute> routes = new ArrayList<>(built.edges().size());
        for (int i = 0; i < built.edges().size(); i++) {
            LayoutGraph.Edge edge = built.edges().get(i);
            routes.add(route(edge, built.elkEdges().get(i), nodes));
        }
        return new GraphLayout(nodes, routes, new Rect(0, 0, built.root().getWidth(), built.root().getHeight()));
    }

    private static EdgeRoute route(LayoutGraph.Edge edge, ElkEdge elk, Map<String, Rect> nodes) {
        if (elk.getSections().isEmpty()) { // not routed (ELK leaves none only on failure): a straight centre line
            return new EdgeRoute(edge.source(), edge.target(), nodes.get(edge.source()).center(), List.of(),
                    nodes.get(edge.target()).center());
        }
        ElkEdgeSection s = elk.getSections().getFirst();
        List<Point> bends = new ArrayList<>(s.getBendPoints().size());
        for (ElkBendPoint b : s.getBendPoints()) {
            bends.add(new Point(b.getX(), b.getY()));
        }
        return new EdgeRoute(edge.source(), edge.target(), new Point(s.getStartX(), s.getStartY()), bends,
                new Point(s.getEndX(), s.getEndY()));
    }
}
