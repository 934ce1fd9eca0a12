package dev.steward.model.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlScalar;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SemanticDocumentReaderTest {

    private static SemanticDocument read(String text) {
        return new SemanticDocumentReader().read(new YamlParser().parse(text));
    }

    private static final String LEGACY_MODEL = """
            semantic_models:
              - name: orders
                model: ref('orders')
                defaults:
                  agg_time_dimension: ordered_at
                owner_team: finance
                entities:
                  - name: order
                    type: PRIMARY
                    expr: order_id
                    x-note: kept
                dimensions:
                  - name: ordered_at
                    type: time
                    is_partition: true
                    type_params:
                      time_granularity: day
                  - name: valid_from
                    type: time
                    type_params:
                      time_granularity: day
                      validity_params:
                        is_start: true
                measures:
                  - name: p50
                    agg: percentile
                    expr: amount
                    create_metric: yes
                    agg_params:
                      percentile: 0.5
                      use_approximate_percentile: true
                    non_additive_dimension:
                      name: ordered_at
                      window_choice: min
                      window_groupings: [order]
            """;

    @Test
    void legacyModelReadsEveryElementWithItsPosition() {
        SemanticModel model = read(LEGACY_MODEL).semanticModels().getFirst();
        assertEquals("orders", model.model().orElseThrow());
        assertEquals(2, model.range().startLine());
        assertEquals(5, model.range().startColumn());

        Entity order = model.entities().getFirst();
        assertEquals(Entity.Type.PRIMARY, order.entityType().orElseThrow());
        assertEquals("order_id", order.effectiveExpr());
        assertEquals(8, order.range().startLine());
        assertEquals("order", model.primaryEntityName().orElseThrow());

        Dimension orderedAt = model.dimension("ordered_at").orElseThrow();
        assertTrue(orderedAt.isPartition());
        assertEquals("day", orderedAt.timeGranularity().orElseThrow());
        assertEquals(13, orderedAt.range().startLine());
        assertTrue(orderedAt.extensions().isEmpty(), orderedAt.extensions().toString());
        assertTrue(model.dimension("valid_from").orElseThrow().validityParams().orElseThrow().isStart());

        Measure p50 = model.measures().getFirst();
        assertEquals(Aggregation.PERCENTILE, p50.aggregation().orElseThrow());
        assertTrue(p50.createMetric());
        assertTrue(p50.aggParams().orElseThrow().useApproximatePercentile());
        assertEquals("0.5", p50.aggParams().orElseThrow().percentile().orElseThrow().toPlainString());
        assertEquals("min", p50.nonAdditiveDimension().orElseThrow().windowChoice().orElseThrow());
        assertEquals(List.of("order"), p50.nonAdditiveDimension().orElseThrow().windowGroupings());
    }

    @Test
    void unknownKeysAreKeptInSourceOrder() {
        SemanticModel model = read(LEGACY_MODEL).semanticModels().getFirst();
        assertEquals(List.of("owner_team"), List.copyOf(model.extensions().keySet()));
        assertEquals("kept", ((YamlScalar) model.entities().getFirst().extensions().get("x-note")).value());
    }

    @Test
    void wrongTypedValuesGoToExtensions() {
        SemanticDocument doc = read("""
                semantic_models:
                  - name: orders
                    description: [not, text]
                    entities: not-a-list
                    defaults:
                      agg_time_dimension: ordered_at
                      surprise: 1
                metrics:
                  - name: m
                    type: simple
                    filter: {a: 1}
                    type_params:
                      measure: [x]
                """);
        SemanticModel model = doc.semanticModels().getFirst();
        assertTrue(model.description().isEmpty());
        assertTrue(model.entities().isEmpty());
        assertEquals("ordered_at", model.aggTimeDimension().orElseThrow());
        assertEquals(List.of("description", "entities", "defaults"), List.copyOf(model.extensions().keySet()));
        Metric m = doc.metrics().getFirst();
        assertTrue(m.filters().isEmpty());
        assertTrue(((MetricParams.Simple) m.params()).measure().isEmpty());
        assertEquals(List.of("filter", "type_params"), List.copyOf(m.extensions().keySet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "- a\n- b\n", "semantic_models: 3\n", "semantic_models: [1, [2], {name: }]\n",
            "metrics:\n  - name: x\n    type: banana\n", "models:\n  - 1\n  - name: m\n    semantic_model: {enabled: false}\n",
            "semantic_models:\n  - name: a\n    bad: [unclosed\n", "---\n---\n...\n", "metric: 1\n---\nsemantic_model: []\n"})
    void oddInputReadsToNothingOrWhatIsThereWithoutThrowing(String text) {
        SemanticDocument doc = read(text);
        assertTrue(doc.semanticModels().isEmpty());
        doc.metrics().forEach(m -> assertInstanceOf(MetricParams.Unknown.class, m.params()));
    }

    @Test
    void unknownMetricTypeKeepsItsParameters() {
        Metric m = read("metrics:\n  - name: x\n    type: banana\n    type_params: {measure: y}\n").metrics().getFirst();
        assertEquals("banana", m.type());
        assertTrue(m.metricType().isEmpty());
        assertTrue(m.extensions().get("type_params") instanceof YamlMapping);
    }

    @Test
    void refTargetsAreParsed() {
        assertEquals("orders", SemanticElementReader.refTarget("ref('orders')"));
        assertEquals("orders", SemanticElementReader.refTarget("ref(\"pkg\", \"orders\")"));
        assertEquals("orders", SemanticElementReader.refTarget("{{ ref('orders') }}"));
        assertEquals("source('raw', 'orders')", SemanticElementReader.refTarget("source('raw', 'orders')"));
    }

    @Test
    void timeSpinesOfEveryShapeAreRead() {
        SemanticDocument dbt = read("""
                models:
                  - name: metricflow_time_spine
                  - name: all_days
                    time_spine:
                      standard_granularity_column: date_day
                    columns:
                      - name: date_day
                        granularity: DAY
                """);
        assertEquals(2, dbt.timeSpines().size());
        assertTrue(dbt.timeSpines().get(0).legacy());
        assertEquals("day", dbt.timeSpines().get(1).granularity().orElseThrow());

        SemanticDocument native_ = read("""
                project_configuration:
                  time_spine_table_configurations:
                    - location: s.mf_time_spine
                      column_name: ds
                      grain: day
                  time_spines:
                    - node_relation: {alias: spine_hour, schema_name: s}
                      primary_column: {name: ts, time_granularity: hour}
                      custom_granularities: [{name: fiscal_year, column_name: fy}]
                """);
        assertEquals(SemanticFormat.METRICFLOW, native_.format());
        TimeSpine hourly = native_.timeSpines().getFirst();
        assertEquals("spine_hour", hourly.model().orElseThrow());
        assertEquals("hour", hourly.granularity().orElseThrow());
        assertEquals("fy", hourly.customGranularities().getFirst().columnName().orElseThrow());
        assertTrue(native_.timeSpines().get(1).legacy());
    }

    @Test
    void savedQueriesReadParamsAndExports() {
        SavedQuery q = read("""
                saved_queries:
                  - name: weekly
                    query_params:
                      metrics: [revenue]
                      group_by: ["TimeDimension('metric_time', 'week')"]
                      where: "{{ Dimension('customer__type') }} = 'new'"
                      order_by: ["Metric('revenue').descending(True)"]
                      limit: 10
                    exports:
                      - name: weekly_export
                        config: {export_as: VIEW, schema: marts, alias: wk}
                """).savedQueries().getFirst();
        assertEquals(List.of("revenue"), q.metrics());
        assertEquals(1, q.where().size());
        assertEquals(10, q.limit().orElseThrow());
        assertEquals("view", q.exports().getFirst().exportAs().orElseThrow());
        assertEquals("wk", q.exports().getFirst().alias().orElseThrow());
        assertTrue(q.extensions().isEmpty(), q.extensions().toString());
    }

    @Test
    void aBrokenDocumentDoesNotHideTheOthers() {
        String text = "metric:\n  name: first\n  type: simple\n---\nmetric: [unclosed\n---\nmetric:\n  name: third\n  type: ratio\n";
        SemanticDocument doc = read(text);
        assertEquals(List.of("first", "third"), doc.metrics().stream().map(Metric::name).toList());
        Metric third = doc.metrics().get(1);
        assertEquals(8, third.range().startLine());
        assertEquals(text.indexOf("name: third"), third.range().startOffset());
    }
}
