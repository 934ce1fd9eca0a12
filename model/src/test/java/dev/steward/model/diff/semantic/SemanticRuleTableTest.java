package dev.steward.model.diff.semantic;

import static dev.steward.model.diff.semantic.SemanticDiffFixture.LATEST;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.LEGACY;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.METRICFLOW;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.diff;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.edit;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules not covered by the other semantic diff tests, one edit of a fixture each. */
class SemanticRuleTableTest {

    private static final Map<String, String> FIXTURES = Map.of("LEGACY", LEGACY, "LATEST", LATEST, "METRICFLOW", METRICFLOW);

    @ParameterizedTest(name = "{3}: {1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            LEGACY     | expr: customer_id       | expr: customer_id\\n        role: buyer                     | entity-role-changed                    | WARNING
            LEGACY     | time_granularity: day   | time_granularity: day\\n          validity_params:\\n            is_start: true | dimension-validity-changed | BREAKING
            LEGACY     | "    type: categorical\\n" | "    type: categorical\\n        is_partition: true\\n"   | dimension-partition-changed            | WARNING
            LEGACY     | label: Revenue          | label: Revenue\\n    time_granularity: month             | metric-granularity-changed             | WARNING
            LEGACY     | window: 7 days          | window: 7 days\\n      period_agg: last                   | metric-period-agg-changed              | BREAKING
            LEGACY     | export_as: table        | export_as: table\\n      - name: order_metrics_view\\n        config:\\n          export_as: view | saved-query-export-added | INFO
            LEGACY     | "saved_queries:\\n  - name: order_metrics\\n" | "saved_queries:\\n  - name: order_metrics\\n    label: Order metrics\\n" | label-changed | INFO
            LATEST     | agg: count              | agg: count\\n        percentile: 0.5                     | metric-agg-params-changed              | BREAKING
            LATEST     | agg: count              | agg: count\\n        agg_time_dimension: shipped_at      | metric-agg-time-dimension-changed      | BREAKING
            LATEST     | agg: count              | agg: count\\n        non_additive_dimension:\\n          name: ordered_at\\n          window_agg: max | metric-non-additive-dimension-changed | BREAKING
            LATEST     | agg: count              | agg: count\\n        join_to_timespine: true             | metric-null-handling-changed           | WARNING
            LATEST     | agg: count              | agg: count_distinct                                    | metric-agg-changed                     | BREAKING
            METRICFLOW | schema_name: web        | schema_name: web_v2                                    | semantic-model-relation-changed        | WARNING
            METRICFLOW | expr: visit_id          | expr: session_id                                       | measure-expr-changed                   | BREAKING
            METRICFLOW | expr: user_id           | expr: visitor_id                                       | entity-expr-changed                    | BREAKING
            """)
    void eachRuleHasItsSeverity(String fixture, String from, String to, String rule, ChangeSeverity severity) {
        String before = FIXTURES.get(fixture);
        String after = edit(before, from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        SemanticChange c = single(before, after);
        assertEquals(rule, c.rule(), c::toString);
        assertEquals(severity, c.severity(), c::toString);
    }

    @Test
    void aLatestSpecAggMetricDeclaredUnderAnotherModelReadsElsewhere() {
        String moved = edit(edit(LATEST, "  - name: orders\n    description", "  - name: fct_orders\n    description"),
                "enabled: true", "enabled: true\n      name: orders");
        List<SemanticChange> changes = diff(LATEST, moved);
        assertEquals(List.of("semantic-model-ref-changed", "metric-model-changed", "metric-model-changed"),
                changes.stream().map(SemanticChange::rule).toList(), changes::toString);
        assertEquals("metric `orders` model orders → fct_orders", changes.get(2).message());
        assertEquals(ChangeSeverity.WARNING, changes.get(2).severity());
    }
}
