package dev.steward.views.lineage;

import dev.steward.model.lineage.LineageContributor;
import dev.steward.model.lineage.LineageEdge;
import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.LineageGraphBuilder;
import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.NodeKind;
import dev.steward.model.lineage.layout.GroupCollapse;
import dev.steward.model.lineage.layout.LayoutGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the lineage view can fold into one node per group: the resources of a dbt package (the package is
 * the second part of a dbt {@code unique_id}, {@code model.jaffle_shop.orders}), a data product with its
 * ports, or the data products of a domain with their ports (the product-to-domain map comes from the mesh). A collapsed group is drawn as one node named with its member count; edges into and out of it are
 * merged (one per neighbour and edge kind).
 */
public enum LineageGrouping {
    NONE("No groups"),
    DBT_PACKAGE("dbt package"),
    DATA_PRODUCT("Data product"),
    DOMAIN("Domain");

    private static final String PRODUCT_PREFIX = "data_product:";

    private final String title;

    LineageGrouping(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The group {@code node} belongs to under this grouping, without domains; empty for a node outside every group. */
    public Optional<String> groupOf(LineageNode node) {
        return groupOf(node, Map.of());
    }

    /**
     * The group {@code node} belongs to under this grouping; {@code domainOfProduct} maps data product ids to
     * their domain (for {@link #DOMAIN}). Empty for a node outside every group.
     */
    public Optional<String> groupOf(LineageNode node, Map<String, String> domainOfProduct) {
        return switch (this) {
            case NONE -> Optional.empty();
            case DBT_PACKAGE -> dbtPackage(node);
            case DATA_PRODUCT -> productOf(node);
            case DOMAIN -> productOf(node).map(domainOfProduct::get);
        };
    }

    private static Optional<String> productOf(LineageNode node) {
        return node.id().startsWith(PRODUCT_PREFIX)
                ? Optional.of(node.id().substring(PRODUCT_PREFIX.length()).split("/", 2)[0])
                : Optional.empty();
    }

    private static Optional<String> dbtPackage(LineageNode node) {
        NodeKind kind = node.kind();
        boolean dbt = kind.category() == NodeKind.Category.DBT || kind.isTest() || kind == NodeKind.EXPOSURE;
        String[] parts = node.id().split("\\.", 3);
        return dbt && parts.length == 3 && !parts[1].isEmpty() ? Optional.of(parts[1]) : Optional.empty();
    }

    @Override
    public String toString() {
        return title;
    }

    /** A graph with groups folded: {@code groups} maps each group node's id to the group it stands for. */
    public record Grouped(LineageGraph graph, Map<String, String> groups) {

        public Grouped {
            groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        }
    }

    /** {@code graph} with every group of this grouping collapsed except those in {@code expanded}. */
    public Grouped collapse(LineageGraph graph, Set<String> expanded) {
        return collapse(graph, expanded, Map.of());
    }

    /** Like {@link #collapse(LineageGraph, Set)}, with the domains of the data products for {@link #DOMAIN}. */
    public Grouped collapse(LineageGraph graph, Set<String> expanded, Map<String, String> domainOfProduct) {
        if (this == NONE) {
            return new Grouped(graph, Map.of());
        }
        List<LayoutGraph.Node> nodes = new ArrayList<>(graph.nodeCount());
        for (LineageNode n : graph.nodes()) {
            nodes.add(new LayoutGraph.Node(n.id(), 1, 1, groupOf(n, domainOfProduct)));
        }
        List<LayoutGraph.Edge> edges = graph.edges().stream().map(e -> new LayoutGraph.Edge(e.from(), e.to())).toList();
        GroupCollapse.Collapsed collapsed = new GroupCollapse().collapse(new LayoutGraph(nodes, edges), expanded);
        if (collapsed.groupNodes().isEmpty()) {
            return new Grouped(graph, Map.of());
        }
        Map<String, String> groupOfNode = new LinkedHashMap<>();
        collapsed.groupNodes().forEach((group, id) -> groupOfNode.put(id, group));
        Map<String, List<LineageNode>> members = new LinkedHashMap<>();
        for (LineageNode n : graph.nodes()) {
            String drawnAs = collapsed.drawnAs().get(n.id());
            if (groupOfNode.containsKey(drawnAs)) {
                members.computeIfAbsent(drawnAs, k -> new ArrayList<>()).add(n);
            }
        }
        LineageGraph folded = LineageGraphBuilder.build(List.<LineageContributor>of(b -> {
            for (LayoutGraph.Node node : collapsed.graph().nodes()) {
                String group = groupOfNode.get(node.id());
                if (group == null) {
                    b.addNode(graph.node(node.id()).orElseThrow());
                } else {
                    List<LineageNode> in = members.get(node.id());
                    b.addNode(new LineageNode(node.id(), commonestKind(in), group + " (" + in.size() + ")"));
                }
            }
            for (LineageEdge e : graph.edges()) {
                b.addEdge(collapsed.drawnAs().get(e.from()), collapsed.drawnAs().get(e.to()), e.kind());
            }
        })).graph();
        return new Grouped(folded, groupOfNode);
    }

    private static NodeKind commonestKind(List<LineageNode> nodes) {
        Map<NodeKind, Integer> counts = new EnumMap<>(NodeKind.class);
        nodes.forEach(n -> counts.merge(n.kind(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
