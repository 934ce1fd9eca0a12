package dev.steward.model.semantic.lint;

import static dev.steward.model.semantic.lint.LintWorkspace.at;
import static dev.steward.model.semantic.lint.LintWorkspace.ofRule;
import static dev.steward.model.semantic.lint.LintWorkspace.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dimensions in filters and saved queries must be joinable to the metric's semantic models. */
class SemanticReachTest {
    private static final String MODELS = """
            semantic_models:
              - name: orders
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
                measures:
                  - name: order_total
                    agg: sum
              - name: customers
                model: ref('customers')
                entities:
                  - name: customer
                    type: primary
                  - name: store
                    type: foreign
                dimensions:
                  - name: region
                    type: categorical
              - name: stores
                model: ref('stores')
                entities:
                  - name: store
                    type: primary
                dimensions:
                  - name: city
                    type: categorical
              - name: visits
                model: ref('visits')
                entities:
                  - name: visit
                    type: primary
                  - name: customer
                    type: foreign
                dimensions:
                  - name: page
                    type: categorical
            metrics:
              - name: revenue
                label: Revenue
                type: simple
                type_params:
                  measure: order_total
              - name: filtered_revenue
                label: Filtered revenue
                type: simple
                type_params:
                  measure: order_total
                filter: "{{ Dimension('%s') }} = 'x'"
            """;

    @TempDir
    Path dir;

    private List<Diagnostic> lint(String dimension) {
        return new LintWorkspace(dir).lint(dir.resolve("semantic.yml"), MODELS.formatted(dimension)).diagnostics();
    }

    @Test
    void dimensionsOneOrTwoJoinsAwayAreReachable() {
        for (String reachable : List.of("customer__region", "customer__store__city")) {
            List<Diagnostic> ds = lint(reachable);
            assertEquals(List.of(), ofRule(ds, ReachChecks.RULE_UNREACHABLE), reachable);
            assertEquals(List.of(), ofRule(ds, FilterChecks.RULE_UNKNOWN_REFERENCE), reachable);
        }
    }

    @Test
    void anEntityTheMetricsModelDoesNotHaveIsUnreachable() {
        String text = MODELS.formatted("store__city");
        Diagnostic d = single(lint("store__city"), ReachChecks.RULE_UNREACHABLE);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("'store__city'", at(text, d));
        assertTrue(d.message().contains("cannot be joined to semantic model 'orders' (entities: order_id, customer)"),
                d.message());
    }

    @Test
    void aJoinOntoAForeignEntityWouldFanOutAndIsUnreachable() {
        Diagnostic d = single(lint("customer__page"), ReachChecks.RULE_UNREACHABLE);
        assertTrue(d.message().contains("primary, unique or natural"), d.message());
    }

    @Test
    void savedQueryGroupBysAreCheckedAgainstEachMetric() {
        String text = MODELS.formatted("customer__region") + """
                saved_queries:
                  - name: by_city
                    query_params:
                      metrics: [revenue]
                      group_by:
                        - "Dimension('customer__region')"
                        - "Dimension('store__city')"
                """;
        Diagnostic d = single(new LintWorkspace(dir).lint(dir.resolve("semantic.yml"), text).diagnostics(),
                ReachChecks.RULE_UNREACHABLE);
        assertEquals(LintWorkspace.lineOf(text, "Dimension('store__city')"), d.line());
    }
}
