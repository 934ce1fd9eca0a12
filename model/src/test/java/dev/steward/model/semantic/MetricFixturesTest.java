package dev.steward.model.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.yaml.YamlParser;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every metric type, written in the legacy spec and in the latest spec, reads to the same params. */
class MetricFixturesTest {

    private static final String LEGACY = """
            metrics:
              - name: revenue
                type: simple
                label: Revenue
                type_params:
                  measure:
                    name: revenue_measure
                    fill_nulls_with: 0
                    join_to_timespine: true
                filter: "{{ Dimension('order__is_food') }} = true"
              - name: food_pct
                type: ratio
                type_params:
                  numerator: {name: food_revenue, filter: "{{ Dimension('order__is_food') }}", alias: food}
                  denominator: revenue
              - name: growth
                type: derived
                type_params:
                  expr: (current - previous) / previous
                  metrics:
                    - name: revenue
                      alias: current
                    - name: revenue
                      alias: previous
                      offset_window: 1 month
                    - name: revenue
                      alias: start_of_month
                      offset_to_grain: month
              - name: revenue_mtd
                type: cumulative
                type_params:
                  measure: revenue_measure
                  cumulative_type_params:
                    grain_to_date: month
                    period_agg: last
                    metric: revenue
              - name: visit_to_buy
                type: conversion
                type_params:
                  conversion_type_params:
                    entity: user
                    calculation: conversion_rate
                    base_measure: visits
                    conversion_measure: {name: buys, filter: "x > 1"}
                    window: 7 days
                    constant_properties:
                      - base_property: product
                        conversion_property: product
            """;

    private static final String LATEST = """
            models:
              - name: orders
                semantic_model:
                  enabled: true
                agg_time_dimension: ordered_at
                columns:
                  - name: order_id
                    entity: primary
                  - name: ordered_at
                    dimension:
                      type: time
                    granularity: day
                metrics:
                  - name: revenue
                    type: simple
                    label: Revenue
                    agg: sum
                    expr: amount
                    fill_nulls_with: 0
                    join_to_timespine: true
                    filter: "{{ Dimension('order__is_food') }} = true"
                  - name: p95_amount
                    type: simple
                    agg: percentile
                    expr: amount
                    percentile: 0.95
                    percentile_type: discrete
                    non_additive_dimension:
                      name: ordered_at
                      window_agg: max
                      group_by: [customer]
                  - name: food_pct
                    type: ratio
                    numerator: {name: food_revenue, filter: "{{ Dimension('order__is_food') }}", alias: food}
                    denominator: revenue
                  - name: growth
                    type: derived
                    expr: (current - previous) / previous
                    input_metrics:
                      - name: revenue
                        alias: current
                      - name: revenue
                        alias: previous
                        offset_window: 1 month
                      - name: revenue
                        alias: start_of_month
                        offset_to_grain: month
                  - name: revenue_mtd
                    type: cumulative
                    input_metric: revenue
                    grain_to_date: month
                    period_agg: last
            metrics:
              - name: visit_to_buy
                type: conversion
                entity: user
                calculation: conversion_rate
                base_metric: visits
                conversion_metric: {name: buys, filter: "x > 1"}
                window: 7 days
                constant_properties:
                  - base_property: product
                    conversion_property: product
            """;

    private static SemanticDocument read(String text) {
        return new SemanticDocumentReader().read(new YamlParser().parse(text));
    }

    private static Metric metric(SemanticDocument doc, String name) {
        return doc.metrics().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void formatsAreTold() {
        assertEquals(SemanticFormat.DBT_LEGACY, read(LEGACY).format());
        assertEquals(SemanticFormat.DBT_LATEST, read(LATEST).format());
        assertEquals(SemanticFormat.NONE, read("models:\n  - name: plain\n    columns:\n      - name: id\n").format());
    }

    @Test
    void simpleMetricsReadFromMeasureOrAggregation() {
        Metric legacy = metric(read(LEGACY), "revenue");
        MetricParams.Simple lp = assertInstanceOf(MetricParams.Simple.class, legacy.params());
        assertEquals("revenue_measure", lp.measure().orElseThrow().name());
        assertEquals("0", lp.measure().orElseThrow().fillNullsWith().orElseThrow());
        assertEquals(true, lp.measure().orElseThrow().joinToTimespine().orElseThrow());
        assertTrue(legacy.nestedTypeParams());
        assertEquals(List.of("{{ Dimension('order__is_food') }} = true"), legacy.filters());
        assertEquals("Revenue", legacy.label().orElseThrow());

        Metric latest = metric(read(LATEST), "revenue");
        MetricParams.Simple sp = assertInstanceOf(MetricParams.Simple.class, latest.params());
        assertEquals(Aggregation.SUM, sp.aggregation().orElseThrow());
        assertEquals("amount", sp.expr().orElseThrow());
        assertEquals("0", sp.fillNullsWith().orElseThrow());
        assertEquals(true, sp.joinToTimespine().orElseThrow());
        assertEquals("orders", latest.owningModel().orElseThrow());
        assertFalse(latest.nestedTypeParams());
        assertEquals(legacy.filters(), latest.filters());
        assertTrue(latest.extensions().isEmpty(), latest.extensions().toString());
    }

    @Test
    void latestPercentileAndNonAdditiveSettingsAreNormalised() {
        MetricParams.Simple p = (MetricParams.Simple) metric(read(LATEST), "p95_amount").params();
        assertEquals(Aggregation.PERCENTILE, p.aggregation().orElseThrow());
        assertEquals(new BigDecimal("0.95"), p.aggParams().orElseThrow().percentile().orElseThrow());
        assertTrue(p.aggParams().orElseThrow().useDiscretePercentile());
        assertEquals("max", p.nonAdditiveDimension().orElseThrow().windowChoice().orElseThrow());
        assertEquals(List.of("customer"), p.nonAdditiveDimension().orElseThrow().windowGroupings());
    }

    @Test
    void ratioDerivedCumulativeAndConversionReadTheSameInBothSpecs() {
        SemanticDocument legacy = read(LEGACY);
        SemanticDocument latest = read(LATEST);
        for (String name : List.of("food_pct", "growth")) {
            assertEquals(metric(legacy, name).params().toString().replaceAll("range=SourceRange\\[[^]]*]", ""),
                    metric(latest, name).params().toString().replaceAll("range=SourceRange\\[[^]]*]", ""), name);
        }
        MetricParams.Ratio ratio = (MetricParams.Ratio) metric(latest, "food_pct").params();
        assertEquals("food", ratio.numerator().orElseThrow().effectiveName());
        assertEquals("revenue", ratio.denominator().orElseThrow().name());
        MetricParams.Derived derived = (MetricParams.Derived) metric(latest, "growth").params();
        assertEquals(3, derived.inputs().size());
        assertEquals("1 month", derived.inputs().get(1).offsetWindow().orElseThrow());
        assertEquals("month", derived.inputs().get(2).offsetToGrain().orElseThrow());

        MetricParams.Cumulative lc = (MetricParams.Cumulative) metric(legacy, "revenue_mtd").params();
        MetricParams.Cumulative nc = (MetricParams.Cumulative) metric(latest, "revenue_mtd").params();
        assertEquals("revenue_measure", lc.measure().orElseThrow().name());
        assertEquals("revenue", lc.metric().orElseThrow().name());
        assertEquals("revenue", nc.metric().orElseThrow().name());
        assertEquals(lc.grainToDate(), nc.grainToDate());
        assertEquals(List.of("month", "last"), List.of(nc.grainToDate().orElseThrow(), nc.periodAgg().orElseThrow()));

        MetricParams.Conversion lv = (MetricParams.Conversion) metric(legacy, "visit_to_buy").params();
        MetricParams.Conversion nv = (MetricParams.Conversion) metric(latest, "visit_to_buy").params();
        assertEquals("visits", lv.baseMeasure().orElseThrow().name());
        assertEquals("visits", nv.baseMetric().orElseThrow().name());
        assertEquals(List.of("x > 1"), lv.conversionMeasure().orElseThrow().filters());
        assertEquals(List.of("x > 1"), nv.conversionMetric().orElseThrow().filters());
        for (MetricParams.Conversion c : List.of(lv, nv)) {
            assertEquals("user", c.entity().orElseThrow());
            assertEquals("conversion_rate", c.calculation().orElseThrow());
            assertEquals("7 days", c.window().orElseThrow());
            assertEquals("product", c.constantProperties().getFirst().conversionProperty());
        }
        assertTrue(metric(latest, "visit_to_buy").owningModel().isEmpty());
    }

    @Test
    void latestSpecModelIsReadFromColumns() {
        SemanticModel orders = read(LATEST).semanticModels().getFirst();
        assertEquals("orders", orders.name());
        assertEquals("orders", orders.model().orElseThrow());
        assertEquals("ordered_at", orders.aggTimeDimension().orElseThrow());
        assertEquals(Entity.Type.PRIMARY, orders.entity("order_id").orElseThrow().entityType().orElseThrow());
        Dimension orderedAt = orders.dimension("ordered_at").orElseThrow();
        assertEquals(Dimension.Type.TIME, orderedAt.dimensionType().orElseThrow());
        assertEquals("day", orderedAt.timeGranularity().orElseThrow());
        // positions point at the semantic keys: the entity shorthand value and the dimension mapping
        assertEquals(8, orders.entity("order_id").orElseThrow().range().startLine());
        assertEquals(17, orders.entity("order_id").orElseThrow().range().startColumn());
        assertEquals(11, orderedAt.range().startLine());
        assertEquals(4, orders.range().startLine());
    }
}
