package dev.steward.views.lineage;

import dev.steward.model.bench.DbtProjectGenerator;
import dev.steward.model.bench.DbtResource;
import dev.steward.model.lineage.EdgeKind;
import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.LineageGraphBuilder;
import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.NodeKind;
import java.util.List;

/** Lineage graphs for the view tests, built through the model's {@link LineageGraphBuilder}. */
final class LineageFixtures {

    private LineageFixtures() {
    }

    /**
     * Like the sample workspace: raw sources, staging and mart models, a data test, the orders
     * contract with its schema object (delivered by the mart), a semantic model, a metric and a dashboard.
     */
    static LineageGraph sample() {
        return LineageGraphBuilder.build(List.of(b -> {
            node(b, "source.shop.raw.orders", NodeKind.SOURCE, "raw.orders");
            node(b, "source.shop.raw.customers", NodeKind.SOURCE, "raw.customers");
            node(b, "source.shop.raw.payments", NodeKind.SOURCE, "raw.payments");
            node(b, "model.shop.stg_orders", NodeKind.MODEL, "stg_orders");
            node(b, "model.shop.stg_customers", NodeKind.MODEL, "stg_customers");
            node(b, "model.shop.stg_payments", NodeKind.MODEL, "stg_payments");
            node(b, "model.shop.fct_orders", NodeKind.MODEL, "fct_orders");
            node(b, "model.shop.dim_customers", NodeKind.MODEL, "dim_customers");
            node(b, "test.shop.not_null_fct_orders_order_id", NodeKind.TEST, "not_null_fct_orders_order_id");
            node(b, "contract:orders", NodeKind.CONTRACT, "Orders");
            node(b, "contract:orders/orders", NodeKind.SCHEMA_OBJECT, "orders");
            node(b, "semantic_model.orders", NodeKind.SEMANTIC_MODEL, "orders");
            node(b, "metric.revenue", NodeKind.METRIC, "revenue");
            node(b, "metric.order_count", NodeKind.METRIC, "order_count");
            node(b, "exposure.shop.weekly_revenue_dashboard", NodeKind.EXPOSURE, "weekly_revenue_dashboard");
            b.addEdge("source.shop.raw.orders", "model.shop.stg_orders", EdgeKind.DEPENDS_ON);
            b.addEdge("source.shop.raw.customers", "model.shop.stg_customers", EdgeKind.DEPENDS_ON);
            b.addEdge("source.shop.raw.payments", "model.shop.stg_payments", EdgeKind.DEPENDS_ON);
            b.addEdge("model.shop.stg_orders", "model.shop.fct_orders", EdgeKind.DEPENDS_ON);
            b.addEdge("model.shop.stg_payments", "model.shop.fct_orders", EdgeKind.DEPENDS_ON);
            b.addEdge("model.shop.stg_customers", "model.shop.dim_customers", EdgeKind.DEPENDS_ON);
            b.addEdge("model.shop.stg_orders", "model.shop.dim_customers", EdgeKind.DEPENDS_ON);
            b.addEdge("model.shop.fct_orders", "test.shop.not_null_fct_orders_order_id", EdgeKind.DEPENDS_ON);
            b.addEdge("model.shop.fct_orders", "contract:orders/orders", EdgeKind.DELIVERS);
            b.addEdge("contract:orders/orders", "contract:orders", EdgeKind.PART_OF);
            b.addEdge("model.shop.fct_orders", "semantic_model.orders", EdgeKind.DEPENDS_ON);
            b.addEdge("semantic_model.orders", "metric.revenue", EdgeKind.DEPENDS_ON);
            b.addEdge("semantic_model.orders", "metric.order_count", EdgeKind.DEPENDS_ON);
            b.addEdge("model.shop.fct_orders", "exposure.shop.weekly_revenue_dashboard", EdgeKind.DEPENDS_ON);
            b.addEdge("model.shop.dim_customers", "exposure.shop.weekly_revenue_dashboard", EdgeKind.DEPENDS_ON);
        })).graph();
    }

    /** A generated dbt project of {@code resources} sources, models and exposures (the layout benchmark's generator). */
    static LineageGraph generated(int resources) {
        List<DbtResource> project = new DbtProjectGenerator().generate(resources).resources();
        return LineageGraphBuilder.build(List.of(b -> {
            for (DbtResource r : project) {
                node(b, r.uniqueId(), NodeKind.ofResourceType(r.layer().resourceType()).orElse(NodeKind.OTHER), r.name());
                for (String parent : r.dependsOn()) {
                    b.addEdge(parent, r.uniqueId(), EdgeKind.DEPENDS_ON);
                }
            }
        })).graph();
    }

    /** {@code graph} with one more source feeding {@code child}. */
    static LineageGraph withUpstreamSource(LineageGraph graph, String sourceId, String child) {
        return withUpstream(graph, NodeKind.SOURCE, sourceId, child);
    }

    /** {@code graph} with one more node of {@code kind} feeding {@code child}. */
    static LineageGraph withUpstream(LineageGraph graph, NodeKind kind, String sourceId, String child) {
        return LineageGraphBuilder.build(List.of(b -> {
            graph.nodes().forEach(b::addNode);
            node(b, sourceId, kind, sourceId.substring(sourceId.lastIndexOf('.') + 1));
            graph.edges().forEach(e -> b.addEdge(e.from(), e.to(), e.kind()));
            b.addEdge(sourceId, child, EdgeKind.DEPENDS_ON);
        })).graph();
    }

    private static void node(LineageGraphBuilder b, String id, NodeKind kind, String name) {
        b.addNode(new LineageNode(id, kind, name));
    }
}
