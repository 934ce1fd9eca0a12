package dev.steward.model.diff.semantic;

import static dev.steward.model.diff.semantic.SemanticDiffFixture.LEGACY;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.diff;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.edit;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.legacy;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.diff.ChangeKind;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricDiffTest {

    private static final String REVENUE = """
              - name: revenue
                label: Revenue
                type: simple
                type_params:
                  measure: order_total
            """;

    /** A MetricFlow-native conversion metric, one object per YAML document. */
    private static final String CONVERSION = """
            metric:
              name: visit_to_buy
              type: conversion
              type_params:
                conversion_type_params:
                  entity: user
                  calculation: conversion_rate
                  base_measure: visits
                  conversion_measure: buys
                  window: 7 days
            ---
            metric:
              name: visits_total
              type: simple
              type_params:
                measure: visits
            """;

    @Test
    void removingAMetricBreaksAddingOneIsInfo() {
        String without = legacy(REVENUE, "");
        SemanticChange removed = single(LEGACY, without);
        assertEquals("metric-removed", removed.rule());
        assertEquals(ChangeSeverity.BREAKING, removed.severity());
        assertEquals(Optional.of("metric:revenue"), removed.subject());
        assertEquals("metrics.revenue", removed.element());

        SemanticChange added = single(without, LEGACY);
        assertEquals("metric-added", added.rule());
        assertEquals(ChangeSeverity.INFO, added.severity());
        assertEquals(ChangeKind.ADDED, added.change());
    }

    @Test
    void changingAMetricTypeBreaksAndIsTheOnlyChangeReported() {
        SemanticChange c = single(LEGACY, legacy("""
                    type: cumulative
                    type_params:
                      measure: order_total
                      window: 7 days
                """, """
                    type: simple
                    type_params:
                      measure: order_total
                """));
        assertEquals("metric-type-changed", c.rule());
        assertEquals(ChangeSeverity.BREAKING, c.severity());
        assertEquals("metric `cumulative_revenue` type cumulative → simple", c.message());
    }

    @Test
    void changingASimpleMetricsMeasureBreaks() {
        SemanticChange c = single(LEGACY, legacy("measure: order_count", "measure: order_total"));
        assertEquals("metric-input-changed", c.rule());
        assertEquals(ChangeSeverity.BREAKING, c.severity());
        assertEquals("metrics.orders.type_params.measure", c.element());
        assertEquals("metric `orders` measure order_count → order_total", c.message());
        assertEquals(Optional.of("metric:orders"), c.subject());
    }

    @Test
    void aFilterOnTheMeasureInputIsAChangeOfInput() {
        SemanticChange c = single(LEGACY, legacy("measure: order_count", """
                measure:
                        name: order_count
                        filter: "{{ Dimension('order_id__status') }} = 'paid'"
                """.stripTrailing()));
        assertEquals("metric-input-changed", c.rule());
        assertEquals(Optional.of("{name: order_count, filter: {{ Dimension('order_id__status') }} = 'paid'}"), c.after());
    }

    @Test
    void changingARatiosNumeratorOrDenominatorBreaks() {
        SemanticChange c = single(LEGACY, legacy("denominator: orders", "denominator: revenue"));
        assertEquals("metric-input-changed", c.rule());
        assertEquals("metrics.avg_order.type_params.denominator", c.element());
        assertEquals(ChangeSeverity.BREAKING, c.severity());
    }

    @Test
    void changingADerivedExpressionOrItsInputOffsetsBreaks() {
        SemanticChange expr = single(LEGACY, legacy("expr: revenue - revenue_prev", "expr: revenue / revenue_prev"));
        assertEquals("metric-expr-changed", expr.rule());
        assertEquals(ChangeSeverity.BREAKING, expr.severity());

        SemanticChange offset = single(LEGACY, legacy("offset_window: 1 month", "offset_window: 1 year"));
        assertEquals("metric-input-changed", offset.rule());
        assertEquals("metrics.revenue_growth.type_params.metrics", offset.element());
        assertEquals(Optional.of("[revenue, {name: revenue, alias: revenue_prev, offset_window: 1 year}]"), offset.after());

        SemanticChange alias = single(LEGACY, legacy("alias: revenue_prev", "alias: previous"));
        assertEquals("metric-input-changed", alias.rule());
    }

    @Test
    void changingACumulativeWindowBreaks() {
        SemanticChange window = single(LEGACY, legacy("window: 7 days", "window: 14 days"));
        assertEquals("metric-window-changed", window.rule());
        assertEquals(ChangeSeverity.BREAKING, window.severity());

        var toDate = diff(LEGACY, legacy("window: 7 days", "grain_to_date: month"));
        assertEquals(2, toDate.size(), "the window goes and grain_to_date comes: two changes");
        assertEquals(ChangeKind.REMOVED, toDate.get(0).change());
        assertEquals("metrics.cumulative_revenue.type_params.grain_to_date", toDate.get(1).element());
        assertEquals(ChangeSeverity.BREAKING, toDate.get(1).severity());
    }

    @Test
    void changingConversionParametersBreaksInMetricFlowFiles() {
        assertEquals(0, diff(CONVERSION, CONVERSION).size());
        SemanticChange calculation = single(CONVERSION, edit(CONVERSION, "conversion_rate", "conversions"));
        assertEquals("metric-conversion-changed", calculation.rule());
        assertEquals(ChangeSeverity.BREAKING, calculation.severity());
        assertEquals("metrics.visit_to_buy.type_params.conversion_type_params.calculation", calculation.element());

        SemanticChange base = single(CONVERSION, edit(CONVERSION, "base_measure: visits", "base_measure: sessions"));
        assertEquals("metric-input-changed", base.rule());

        String later = edit(CONVERSION, "  measure: visits\n", "  measure: sessions\n");
        SemanticChange inSecondDocument = single(CONVERSION, later);
        assertEquals("metrics.visits_total.type_params.measure", inSecondDocument.element());
        assertEquals(later.indexOf("sessions"), inSecondDocument.headRange().orElseThrow().startOffset(),
                "positions are in the whole file, not in the second document");
    }

    @Test
    void addingAFilterBreaks() {
        SemanticChange c = single(LEGACY, legacy(REVENUE, REVENUE + "    filter: \"{{ Dimension('order_id__status') }} = 'paid'\"\n"));
        assertEquals("metric-filter-changed", c.rule());
        assertEquals(ChangeKind.ADDED, c.change());
        assertEquals(ChangeSeverity.BREAKING, c.severity());
        assertEquals("metrics.revenue.filter", c.element());
    }

    @Test
    void hidingAMetricBreaksShowingItIsInfo() {
        String hidden = legacy(REVENUE, REVENUE + "    hidden: true\n");
        SemanticChange c = single(LEGACY, hidden);
        assertEquals("metric-hidden-changed", c.rule());
        assertEquals(ChangeSeverity.BREAKING, c.severity());
        assertEquals(ChangeSeverity.INFO, single(hidden, LEGACY).severity());
    }

    @Test
    void fillingNullsWarns() {
        SemanticChange c = single(LEGACY, legacy("measure: order_count", "measure: order_count\n      fill_nulls_with: 0"));
        assertEquals("metric-null-handling-changed", c.rule());
        assertEquals(ChangeSeverity.WARNING, c.severity());
    }

    @Test
    void labelsAndDescriptionsAreInfo() {
        SemanticChange label = single(LEGACY, legacy("label: Revenue", "label: Net revenue"));
        assertEquals("label-changed", label.rule());
        assertEquals(ChangeSeverity.INFO, label.severity());
        assertEquals("metric `revenue` label Revenue → Net revenue", label.message());
        SemanticChange description = single(LEGACY, legacy("label: Revenue", "label: Revenue\n    description: All paid orders."));
        assertEquals("description-changed", description.rule());
        assertEquals(ChangeSeverity.INFO, description.severity());
    }
}
