package dev.steward.model.semantic.validation;

import static dev.steward.model.semantic.validation.SemanticProjectFixture.BASE;
import static dev.steward.model.semantic.validation.SemanticProjectFixture.lineOf;
import static dev.steward.model.semantic.validation.SemanticProjectFixture.ofRule;
import static dev.steward.model.semantic.validation.SemanticProjectFixture.single;
import static dev.steward.model.semantic.validation.SemanticProjectFixture.validate;
import static dev.steward.model.semantic.validation.SemanticProjectFixture.validateEdited;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metric-level rules: the valid base project passes each, and one edit makes it fail where the edit is. */
class SemanticMetricRulesTest {
    @TempDir
    Path dir;

    private List<Diagnostic> edit(String from, String to) {
        return validateEdited(dir, from, to);
    }

    @Test
    void duplicateMetricNamesAreReportedAtTheSecond() {
        List<Diagnostic> ds = edit("  - name: average_order\n", "  - name: order_count\n");
        single(ds, "semantic-unique-name", Severity.ERROR, lineOf(BASE, "  - name: average_order"), "already used");
    }

    @Test
    void anUnknownMeasureIsReportedOnceAtTheMetricNotAtItsDependents() {
        String simple = "    label: Orders\n    type: simple\n    type_params:\n      measure: order_count\n";
        List<Diagnostic> ds = edit(simple, simple.replace("measure: order_count", "measure: order_cnt"));
        single(ds, "semantic-unknown-measure", Severity.ERROR, lineOf(BASE, simple) + 3, "order_cnt");
        assertEquals(List.of(), ofRule(ds, "semantic-unknown-metric"), "ratio/derived on top are not reported again");
    }

    @Test
    void aSimpleMetricNeedsAnInput() {
        single(edit("    type_params:\n      measure: order_total\n", ""), "semantic-unknown-measure", Severity.ERROR,
                lineOf(BASE, "  - name: order_total\n    label"), "no input");
    }

    @Test
    void unknownMetricInputsAreReportedAtTheInput() {
        List<Diagnostic> ds = edit("      denominator: order_count\n", "      denominator: orders\n");
        single(ds, "semantic-unknown-metric", Severity.ERROR, lineOf(BASE, "      denominator"), "denominator 'orders'");
    }

    @Test
    void countNeedsAnExprThatIsNotDistinct() {
        String count = "        agg: count\n        expr: \"1\"\n      - name: customers_with_orders";
        single(edit(count, "        agg: count\n      - name: customers_with_orders"), "semantic-count-expr",
                Severity.ERROR, lineOf(BASE, "      - name: order_count"), "expr: 1");
        single(edit(count, "        agg: count\n        expr: distinct customer_id\n      - name: customers_with_orders"),
                "semantic-count-expr", Severity.ERROR, lineOf(BASE, "      - name: order_count"), "count_distinct");
    }

    @Test
    void percentileNeedsAValueBetweenZeroAndOne() {
        single(edit("        agg: sum\n", "        agg: percentile\n"), "semantic-percentile", Severity.ERROR,
                lineOf(BASE, "      - name: order_total"), "requires a percentile");
        List<Diagnostic> ok = edit("        agg: sum\n", "        agg: percentile\n        agg_params:\n          percentile: 0.9\n");
        assertEquals(List.of(), ofRule(ok, "semantic-percentile"));
        List<Diagnostic> high = edit("        agg: sum\n", "        agg: percentile\n        agg_params:\n          percentile: 90\n");
        assertEquals(1, ofRule(high, "semantic-percentile").size(), high::toString);
        List<Diagnostic> onSum = edit("        agg: sum\n", "        agg: sum\n        agg_params:\n          percentile: 0.9\n");
        assertTrue(ofRule(onSum, "semantic-percentile").getFirst().message().contains("only percentile"));
    }

    @Test
    void derivedOffsetsAreOneOrTheOtherWithKnownGrains() {
        single(edit("          offset_window: 1 month\n", "          offset_window: 1 month\n          offset_to_grain: month\n"),
                "semantic-derived-metric", Severity.ERROR, lineOf(BASE, "        - name: order_count\n          alias"), "both");
        single(edit("          offset_window: 1 month\n", "          offset_window: 1 fortnight\n"),
                "semantic-derived-metric", Severity.ERROR, lineOf(BASE, "        - name: order_count\n          alias"), "fortnight");
        single(edit("          alias: previous\n", ""), "semantic-derived-metric", Severity.ERROR,
                lineOf(BASE, "        - name: order_count\n          alias"), "twice");
        single(edit("      expr: order_count - previous\n", "      expr: order_count * 2\n"), "semantic-derived-metric",
                Severity.WARNING, lineOf(BASE, "        - name: order_count\n          alias"), "does not use");
    }

    @Test
    void cumulativeMetricsSetWindowOrGrainToDate() {
        single(edit("      window: 7 days\n", "      window: 7 days\n      grain_to_date: month\n"),
                "semantic-cumulative-window", Severity.ERROR, lineOf(BASE, "  - name: orders_last_7_days"), "both");
        single(edit("      window: 7 days\n", "      grain_to_date: fortnight\n"), "semantic-cumulative-window",
                Severity.ERROR, lineOf(BASE, "  - name: orders_last_7_days"), "fortnight");
        assertEquals(List.of(), edit("      window: 7 days\n", "      window: 7 days\n      period_agg: last\n"));
        single(edit("      window: 7 days\n", "      window: 7 days\n      period_agg: median\n"), "semantic-cumulative-window",
                Severity.ERROR, lineOf(BASE, "  - name: orders_last_7_days"), "first, last, average");
    }

    @Test
    void conversionInputsAreCountsWhoseModelsHaveTheEntity() {
        single(edit("        entity: customer\n", "        entity: order_id\n"), "semantic-conversion-metric",
                Severity.ERROR, lineOf(BASE, "  - name: new_customer_conversion"), "'customers'");
        single(edit("        conversion_measure: order_count\n", "        conversion_measure: order_total\n"),
                "semantic-conversion-metric", Severity.ERROR, lineOf(BASE, "        conversion_measure"), "agg sum");
    }

    @Test
    void duplicateMetricLabelsAreReported() {
        single(edit("    label: Orders\n", "    label: Order total\n"), "semantic-duplicate-label", Severity.ERROR,
                lineOf(BASE, "  - name: order_count\n    label"), "already used");
    }

    @Test
    void fillNullsWithOnARatioInputIsReported() {
        single(edit("      numerator: order_total\n", "      numerator:\n        name: order_total\n        fill_nulls_with: 0\n"),
                "semantic-fill-nulls", Severity.ERROR, lineOf(BASE, "      numerator") + 1, "only to simple metrics");
    }

    private static final String LATEST = """
            models:
              - name: orders
                semantic_model:
                  enabled: true
                agg_time_dimension: %s
                columns:
                  - name: order_id
                    entity:
                      type: primary
                  - name: ordered_at
                    granularity: day
                    dimension:
                      type: time
                metrics:
                  - name: order_count
                    label: Orders
                    type: simple
                    agg: count
            %s
            """;

    @Test
    void latestSpecSimpleMetricsAreCheckedLikeMeasures() {
        String yaml = LATEST.formatted("ordered_at", "        expr: order_id");
        assertEquals(List.of(), validate(dir, yaml));
        List<Diagnostic> noExpr = validate(dir, LATEST.formatted("ordered_at", ""));
        single(noExpr, "semantic-count-expr", Severity.ERROR, lineOf(yaml, "      - name: order_count"), "Metric 'order_count'");
        List<Diagnostic> badDefault = validate(dir, LATEST.formatted("order_id", "        expr: order_id"));
        assertEquals(1, ofRule(badDefault, "semantic-agg-time-dimension").size(), badDefault::toString);
    }

    @Test
    void aSavedQueryLimitIsNotNegative() {
        String query = """
                saved_queries:
                  - name: recent_orders
                    query_params:
                      metrics: [order_count]
                      limit: %d
                """;
        assertEquals(List.of(), validate(dir, BASE + query.formatted(10)));
        String negative = BASE + query.formatted(-1);
        single(validate(dir, negative), "semantic-saved-query-limit", Severity.ERROR,
                lineOf(negative, "  - name: recent_orders"), "zero or more");
    }

    @Test
    void aNonAdditiveDimensionIsATimeDimensionOfTheModel() {
        String nad = "        agg: sum\n        non_additive_dimension:\n          name: %s\n          window_choice: %s\n";
        assertEquals(List.of(), edit("        agg: sum\n", nad.formatted("ordered_at", "max")));
        single(edit("        agg: sum\n", nad.formatted("balance_date", "max")), "semantic-non-additive-dimension",
                Severity.ERROR, lineOf(BASE, "        agg: sum") + 2, "balance_date");
        single(edit("        agg: sum\n", nad.formatted("ordered_at", "last")), "semantic-non-additive-dimension",
                Severity.ERROR, lineOf(BASE, "        agg: sum") + 2, "allowed: min, max");
    }

    @Test
    void aFilterOnTheConversionInputIsAWarning() {
        String filtered = "        conversion_measure:\n          name: order_count\n          filter: \"{{ Dimension('order_id__status') }} = 'paid'\"\n";
        List<Diagnostic> ds = edit("        conversion_measure: order_count\n", filtered);
        single(ds, "semantic-conversion-metric", Severity.WARNING, lineOf(BASE, "        conversion_measure") + 1, "filters");
    }

    @Test
    void aSavedQueryListingAnUnknownMetricIsReported() {
        String query = "saved_queries:\n  - name: recent_orders\n    query_params:\n      metrics: [%s]\n";
        assertEquals(List.of(), validate(dir, BASE + query.formatted("order_count")));
        String unknown = BASE + query.formatted("order_cnt");
        single(validate(dir, unknown), "semantic-unknown-metric", Severity.ERROR, lineOf(unknown, "  - name: recent_orders"),
                "'order_cnt'");
    }

    @Test
    void aMetricTimeGranularityIsNoFinerThanItsInputs() {
        String simple = "    label: Orders\n    type: simple\n";
        assertEquals(List.of(), edit(simple, simple + "    time_granularity: month\n"));
        String monthly = BASE.replace("          time_granularity: day\n      - name: region", "          time_granularity: month\n      - name: region");
        assertTrue(monthly.contains("time_granularity: month"));
        assertEquals(List.of(), validate(dir, monthly));
        String perDay = monthly.replace("  - name: order_count\n    label: Orders\n", "  - name: new_customer_count\n    label: New customers\n"
                + "    type: simple\n    time_granularity: day\n    type_params:\n      measure: new_customers\n"
                + "  - name: order_count\n    label: Orders\n");
        single(validate(dir, perDay), "semantic-metric-time-granularity", Severity.ERROR,
                lineOf(perDay, "  - name: new_customer_count"), "'month' agg time dimension");
        single(edit(simple, simple + "    time_granularity: fortnight\n"), "semantic-metric-time-granularity",
                Severity.ERROR, lineOf(BASE, "  - name: order_count\n    label"), "fortnight");
    }

    @Test
    void aMeasureAliasIsNotAMeasureNameAndBelongsToOneMetric() {
        String base = "        base_measure: new_customers\n";
        assertEquals(List.of(), edit(base, "        base_measure:\n          name: new_customers\n          alias: signups\n"));
        single(edit(base, "        base_measure:\n          name: new_customers\n          alias: order_total\n"),
                "semantic-measure-alias", Severity.ERROR, lineOf(BASE, base) + 1, "name of another measure");
        single(edit(base, "        base_measure: order_count\n"), "semantic-measure-alias", Severity.WARNING,
                lineOf(BASE, "        conversion_measure"), "twice with the same filter");
    }
}
