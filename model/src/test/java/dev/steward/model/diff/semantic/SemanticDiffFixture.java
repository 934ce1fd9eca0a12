package dev.steward.model.diff.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.SemanticChange;
import java.util.List;
import java.util.Optional;

/** A small legacy-spec semantic file and the before/after plumbing the semantic diff tests share. */
final class SemanticDiffFixture {

    static final String PATH = "models/orders.yml";

    static final String LEGACY = """
            semantic_models:
              - name: orders
                description: Order fact table.
                model: ref('orders')
                defaults:
                  agg_time_dimension: ordered_at
                entities:
                  - name: order_id
                    type: primary
                  - name: customer
                    type: foreign
                    expr: customer_id
                dimensions:
                  - name: ordered_at
                    type: time
                    type_params:
                      time_granularity: day
                  - name: status
                    type: categorical
                measures:
                  - name: order_total
                    description: Total including tax.
                    agg: sum
                  - name: order_count
                    expr: order_id
                    agg: count_distinct
                  - name: balance
                    agg: max
                    non_additive_dimension:
                      name: ordered_at
                      window_choice: max
                  - name: p90_total
                    expr: order_total
                    agg: percentile
                    agg_params:
                      percentile: 0.9
              - name: customers
                model: ref('customers')
                entities:
                  - name: customer
                    type: primary
            metrics:
              - name: revenue
                label: Revenue
                type: simple
                type_params:
                  measure: order_total
              - name: orders
                type: simple
                type_params:
                  measure: order_count
              - name: avg_order
                type: ratio
                type_params:
                  numerator: revenue
                  denominator: orders
              - name: revenue_growth
                type: derived
                type_params:
                  expr: revenue - revenue_prev
                  metrics:
                    - name: revenue
                    - name: revenue
                      offset_window: 1 month
                      alias: revenue_prev
              - name: cumulative_revenue
                type: cumulative
                type_params:
                  measure: order_total
                  window: 7 days
            saved_queries:
              - name: order_metrics
                query_params:
                  metrics: [revenue, orders]
                  group_by: ["TimeDimension('metric_time', 'day')"]
                exports:
                  - name: order_metrics
                    config:
                      export_as: table
            """;

    /** The dbt latest spec: entities and dimensions on columns, simple metrics with agg under the model. */
    static final String LATEST = """
            models:
              - name: orders
                description: One row per order.
                columns:
                  - name: order_id
                    entity: primary
                  - name: customer_id
                    entity:
                      type: foreign
                      name: customer
                  - name: ordered_at
                    granularity: day
                    dimension:
                      type: time
                semantic_model:
                  enabled: true
                agg_time_dimension: ordered_at
                metrics:
                  - name: order_total
                    type: simple
                    agg: sum
                  - name: orders
                    type: simple
                    agg: count
                    expr: order_id
            """;

    /** MetricFlow-native: one object per YAML document, the table given by {@code node_relation}. */
    static final String METRICFLOW = """
            semantic_model:
              name: visits
              node_relation:
                schema_name: web
                alias: fct_visits
              entities:
                - name: user
                  type: foreign
                  expr: user_id
              measures:
                - name: visits
                  agg: count
                  expr: visit_id
            ---
            metric:
              name: visits_total
              type: simple
              type_params:
                measure: visits
            """;

    private SemanticDiffFixture() {
    }

    static List<SemanticChange> diff(String before, String after) {
        return new SemanticLayerDiffer().diff(Optional.of(ArtifactRevision.parse(PATH, before)),
                Optional.of(ArtifactRevision.parse(PATH, after)));
    }

    /** The one change between the two texts (fails listing them all when there are more or none). */
    static SemanticChange single(String before, String after) {
        List<SemanticChange> changes = diff(before, after);
        assertEquals(1, changes.size(), () -> "expected one change, got " + changes);
        return changes.getFirst();
    }

    /** {@code text} with its one occurrence of {@code from} replaced. */
    static String edit(String text, String from, String to) {
        int at = text.indexOf(from);
        assertTrue(at >= 0 && at == text.lastIndexOf(from), () -> "not exactly once in the fixture: " + from);
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    static String legacy(String from, String to) {
        return edit(LEGACY, from, to);
    }
}
