package dev.steward.model.diff.semantic;

import static dev.steward.model.diff.semantic.SemanticDiffFixture.LEGACY;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.diff;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.legacy;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diff.ChangeKind;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SemanticModelDiffTest {

    private static final String CUSTOMERS = """
              - name: customers
                model: ref('customers')
                entities:
                  - name: customer
                    type: primary
            """;

    @Test
    void theSameFileAndALayoutChangeAreNoChange() {
        assertEquals(0, diff(LEGACY, LEGACY).size());
        String reflowed = legacy("""
                      - name: order_count
                        expr: order_id
                        agg: count_distinct
                """, """
                      - {name: order_count, agg: COUNT_DISTINCT, expr: "order_id  "}
                """);
        assertEquals(0, diff(LEGACY, reflowed).size(), () -> diff(LEGACY, reflowed).toString());
    }

    @Test
    void removingASemanticModelBreaksAndAddingOneIsInfo() {
        String without = legacy(CUSTOMERS, "");
        SemanticChange removed = single(LEGACY, without);
        assertEquals("semantic-model-removed", removed.rule());
        assertEquals(ChangeSeverity.BREAKING, removed.severity());
        assertEquals(ChangeKind.REMOVED, removed.change());
        assertEquals("semantic_models.customers", removed.element());
        assertEquals(Optional.of("semantic_model:customers"), removed.subject());
        assertEquals(LEGACY.indexOf("name: customers"), removed.baseRange().orElseThrow().startOffset());
        assertTrue(removed.headRange().isEmpty());

        SemanticChange added = single(without, LEGACY);
        assertEquals("semantic-model-added", added.rule());
        assertEquals(ChangeSeverity.INFO, added.severity());
        assertEquals("semantic model `customers` added", added.message());
    }

    @Test
    void removingAMeasureDimensionOrEntityBreaksTheirModel() {
        SemanticChange measure = single(LEGACY, legacy("""
                      - name: order_total
                        description: Total including tax.
                        agg: sum
                """, ""));
        assertEquals("measure-removed", measure.rule());
        assertEquals(ChangeSeverity.BREAKING, measure.severity());
        assertEquals("semantic_models.orders.measures.order_total", measure.element());
        assertEquals("measure `orders.order_total` removed", measure.message());
        assertEquals(Optional.of("semantic_model:orders"), measure.subject(), "measures are no lineage nodes");

        SemanticChange dimension = single(LEGACY, legacy("""
                      - name: status
                        type: categorical
                """, ""));
        assertEquals("dimension-removed", dimension.rule());
        assertEquals(ChangeSeverity.BREAKING, dimension.severity());

        SemanticChange entity = single(LEGACY, legacy("""
                      - name: customer
                        type: foreign
                        expr: customer_id
                """, ""));
        assertEquals("entity-removed", entity.rule());
        assertEquals("semantic_models.orders.entities.customer", entity.element());
    }

    @Test
    void addingAMeasureDimensionOrEntityIsInfo() {
        String more = legacy("""
                      - name: status
                        type: categorical
                """, """
                      - name: status
                        type: categorical
                      - name: channel
                        type: categorical
                """);
        SemanticChange dimension = single(LEGACY, more);
        assertEquals("dimension-added", dimension.rule());
        assertEquals(ChangeSeverity.INFO, dimension.severity());
        assertEquals(more.indexOf("name: channel"), dimension.headRange().orElseThrow().startOffset());
    }

    @Test
    void changingAMeasureAggregationBreaksAndPointsAtTheNewValue() {
        String after = legacy("    agg: sum\n", "    agg: average\n");
        SemanticChange c = single(LEGACY, after);
        assertEquals("measure-agg-changed", c.rule());
        assertEquals(ChangeSeverity.BREAKING, c.severity());
        assertEquals(ChangeKind.UPDATED, c.change());
        assertEquals("semantic_models.orders.measures.order_total.agg", c.element());
        assertEquals("measure `orders.order_total` agg sum → average", c.message());
        assertEquals(Optional.of("sum"), c.before());
        assertEquals(Optional.of("average"), c.after());
        assertEquals(after.indexOf("average"), c.headRange().orElseThrow().startOffset());
        assertEquals(LEGACY.indexOf("sum\n"), c.baseRange().orElseThrow().startOffset());
    }

    @Test
    void changingAMeasureExpressionBreaksEvenWhenTheDefaultIsWrittenOut() {
        SemanticChange c = single(LEGACY, legacy("expr: order_id", "expr: customer_id"));
        assertEquals("measure-expr-changed", c.rule());
        assertEquals(ChangeSeverity.BREAKING, c.severity());
        // expr defaults to the measure's name: writing it out says the same
        assertEquals(0, diff(LEGACY, legacy("    agg: sum\n", "    agg: sum\n        expr: order_total\n")).size());
        SemanticChange set = single(LEGACY, legacy("    agg: sum\n", "    agg: sum\n        expr: amount\n"));
        assertEquals("order_total → amount", set.message().substring(set.message().indexOf("expr ") + 5));
    }

    @Test
    void changingAMeasureAggTimeDimensionNonAdditiveDimensionOrAggParamsBreaks() {
        SemanticChange time = single(LEGACY, legacy("    agg: sum\n", "    agg: sum\n        agg_time_dimension: shipped_at\n"));
        assertEquals("measure-agg-time-dimension-changed", time.rule());
        assertEquals(ChangeKind.ADDED, time.change());
        assertEquals(ChangeSeverity.BREAKING, time.severity());

        SemanticChange nonAdditive = single(LEGACY, legacy("window_choice: max", "window_choice: min"));
        assertEquals("measure-non-additive-dimension-changed", nonAdditive.rule());
        assertEquals(ChangeSeverity.BREAKING, nonAdditive.severity());
        assertEquals(Optional.of("{name: ordered_at, window_choice: min}"), nonAdditive.after());

        SemanticChange params = single(LEGACY, legacy("percentile: 0.9", "percentile: 0.95"));
        assertEquals("measure-agg-params-changed", params.rule());
        assertEquals(ChangeSeverity.BREAKING, params.severity());
        assertEquals(0, diff(LEGACY, legacy("percentile: 0.9", "percentile: 0.90")).size(), "same number");
    }

    @Test
    void turningOffAMeasuresGeneratedMetricBreaksTurningItOnIsInfo() {
        String on = legacy("    agg: sum\n", "    agg: sum\n        create_metric: true\n");
        SemanticChange added = single(LEGACY, on);
        assertEquals("measure-create-metric-changed", added.rule());
        assertEquals(ChangeSeverity.INFO, added.severity());
        assertEquals(ChangeSeverity.BREAKING, single(on, LEGACY).severity());
    }

    @Test
    void changingADimensionTypeOrExpressionBreaks() {
        SemanticChange type = single(LEGACY, legacy("    type: categorical\n", "    type: time\n"));
        assertEquals("dimension-type-changed", type.rule());
        assertEquals(ChangeSeverity.BREAKING, type.severity());
        assertEquals("dimension `orders.status` type categorical → time", type.message());

        SemanticChange expr = single(LEGACY, legacy("""
                        type: categorical
                """, """
                        type: categorical
                        expr: lower(status)
                """));
        assertEquals("dimension-expr-changed", expr.rule());
        assertEquals(ChangeSeverity.BREAKING, expr.severity());
    }

    @Test
    void aCoarserDimensionGrainBreaksAFinerOneWarns() {
        SemanticChange coarser = single(LEGACY, legacy("time_granularity: day", "time_granularity: month"));
        assertEquals("dimension-granularity-changed", coarser.rule());
        assertEquals(ChangeSeverity.BREAKING, coarser.severity());
        assertEquals("semantic_models.orders.dimensions.ordered_at.type_params.time_granularity", coarser.element());

        SemanticChange finer = single(LEGACY, legacy("time_granularity: day", "time_granularity: hour"));
        assertEquals(ChangeSeverity.WARNING, finer.severity());
    }

    @Test
    void changingAnEntityTypeOrExpressionBreaksTheJoinKeys() {
        SemanticChange type = single(LEGACY, legacy("type: foreign", "type: unique"));
        assertEquals("entity-type-changed", type.rule());
        assertEquals(ChangeSeverity.BREAKING, type.severity());
        assertEquals("entity `orders.customer` type foreign → unique", type.message());

        SemanticChange expr = single(LEGACY, legacy("expr: customer_id", "expr: buyer_id"));
        assertEquals("entity-expr-changed", expr.rule());
        assertEquals(ChangeSeverity.BREAKING, expr.severity());
    }

    @Test
    void movingTheModelOrItsAggTimeDimensionWarnsChangingThePrimaryEntityBreaks() {
        SemanticChange ref = single(LEGACY, legacy("ref('orders')", "ref('fct_orders')"));
        assertEquals("semantic-model-ref-changed", ref.rule());
        assertEquals(ChangeSeverity.WARNING, ref.severity());
        assertEquals("semantic model `orders` model orders → fct_orders", ref.message());
        assertEquals(0, diff(LEGACY, legacy("ref('orders')", "\"{{ ref('orders') }}\"")).size(), "same model");

        SemanticChange defaults = single(LEGACY, legacy("agg_time_dimension: ordered_at", "agg_time_dimension: shipped_at"));
        assertEquals("semantic-model-agg-time-dimension-changed", defaults.rule());
        assertEquals(ChangeSeverity.WARNING, defaults.severity());
        assertEquals("semantic_models.orders.defaults.agg_time_dimension", defaults.element());

        SemanticChange primary = single(LEGACY, legacy("    model: ref('customers')\n",
                "    model: ref('customers')\n    primary_entity: customer\n"));
        assertEquals("semantic-model-primary-entity-changed", primary.rule());
        assertEquals(ChangeSeverity.BREAKING, primary.severity());
    }

    @Test
    void descriptionsAndLabelsAreInfo() {
        SemanticChange description = single(LEGACY, legacy("Order fact table.", "One row per order."));
        assertEquals("description-changed", description.rule());
        assertEquals(ChangeSeverity.INFO, description.severity());
        SemanticChange measure = single(LEGACY, legacy("Total including tax.", "Total, tax included."));
        assertEquals("semantic_models.orders.measures.order_total.description", measure.element());
        assertEquals(ChangeSeverity.INFO, measure.severity());
    }
}
