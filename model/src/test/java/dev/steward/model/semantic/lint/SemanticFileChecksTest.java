package dev.steward.model.semantic.lint;

import static dev.steward.model.semantic.lint.LintWorkspace.at;
import static dev.steward.model.semantic.lint.LintWorkspace.ofRule;
import static dev.steward.model.semantic.lint.LintWorkspace.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.text.TextEdit;
import dev.steward.model.validation.FileReport;
import dev.steward.model.yaml.YamlParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of one semantic file: schema, filters and group-bys, several YAML documents. */
class SemanticFileChecksTest {
    private static final String MODEL = SemanticColumnRulesTest.MODEL;

    @TempDir
    Path dir;
    LintWorkspace ws;
    Path file;

    @BeforeEach
    void setUp() {
        ws = new LintWorkspace(dir);
        file = dir.resolve("semantic.yml");
    }

    /** The base with a saved query grouping by {@code TimeDimension('metric_time', 'day')} and {@code item}. */
    private static String withSavedQuery(String item) {
        return MODEL + """
                saved_queries:
                  - name: totals
                    query_params:
                      metrics: [order_total]
                      group_by:
                        - "TimeDimension('metric_time', 'day')"
                        - "%s"
                """.formatted(item);
    }

    private List<Diagnostic> lint(String text) {
        FileReport report = ws.lint(file, text);
        assertEquals(Optional.of(ArtifactKind.SEMANTIC), report.kind());
        return report.diagnostics();
    }

    @Test
    void theBaseHasNoSchemaOrFilterFindings() {
        List<Diagnostic> ds = lint(MODEL);
        for (String rule : List.of(SemanticSchemaChecker.RULE_UNKNOWN_KEY, SemanticSchemaChecker.RULE_WRONG_TYPE,
                SemanticSchemaChecker.RULE_REQUIRED_KEY, SemanticSchemaChecker.RULE_UNKNOWN_VALUE,
                FilterChecks.RULE_FILTER, FilterChecks.RULE_GROUP_BY)) {
            assertEquals(List.of(), ofRule(ds, rule), rule);
        }
    }

    @Test
    void anUnknownKeySuggestsTheKeyItMistypesAndDoesNotCascade() {
        String text = MODEL.replace("    type_params:\n      measure: order_total", "    type_parms:\n      measure: order_total");
        List<Diagnostic> ds = lint(text);
        Diagnostic d = single(ds, SemanticSchemaChecker.RULE_UNKNOWN_KEY);
        assertEquals("type_parms", at(text, d));
        assertTrue(d.message().contains("metric 'order_total'; did you mean 'type_params'?"), d.message());
        assertEquals(MODEL, TextEdit.applyAll(text, d.fixes().getFirst().edits()));
        assertEquals(List.of(), ofRule(ds, SemanticSchemaChecker.RULE_REQUIRED_KEY), "the typo explains the missing key");
        assertEquals(List.of(), ofRule(ds, "semantic-unknown-measure"), "no follow-on error in the broken metric");
    }

    @Test
    void anUnknownKeyWithoutACloseMatchListsTheAllowedKeys() {
        Diagnostic d = single(lint(MODEL.replace("    label: Order total\n", "    owner: finance\n")),
                SemanticSchemaChecker.RULE_UNKNOWN_KEY);
        assertTrue(d.message().contains("allowed keys: name, type, type_params, filter"), d.message());
        assertTrue(d.fixes().isEmpty());
    }

    @Test
    void aValueOfTheWrongTypeIsReportedAtTheValue() {
        String text = MODEL + """
                saved_queries:
                  - name: totals
                    query_params:
                      metrics: [order_total]
                      limit: ten
                """;
        Diagnostic d = single(lint(text), SemanticSchemaChecker.RULE_WRONG_TYPE);
        assertEquals("ten", at(text, d));
        assertTrue(d.message().contains("'limit' must be a whole number, not a string ('ten')"), d.message());
    }

    @Test
    void aMissingRequiredKeyIsReportedOnce() {
        String text = MODEL.replace("    label: Order total\n    type: simple\n", "    label: Order total\n");
        Diagnostic d = single(lint(text), SemanticSchemaChecker.RULE_REQUIRED_KEY);
        assertTrue(d.message().contains("Metric 'order_total' has no 'type'"), d.message());
        assertEquals(LintWorkspace.lineOf(text, "  - name: order_total\n    label"), d.line());
    }

    @Test
    void anUnknownWordGetsAClosestMatchFix() {
        String text = MODEL.replace("agg: sum\n", "agg: summ\n");
        Diagnostic d = single(lint(text), SemanticSchemaChecker.RULE_UNKNOWN_VALUE);
        assertEquals("summ", at(text, d));
        assertEquals(MODEL, TextEdit.applyAll(text, d.fixes().getFirst().edits()));
    }

    @Test
    void aFilterProblemIsReportedAtItsExactPositionInTheFile() {
        String text = MODEL + """
                  - name: open_orders
                    label: Open orders
                    type: simple
                    type_params:
                      measure: order_total
                    filter: "{{ Dimension('status') }} = 'open'"
                """;
        Diagnostic d = single(lint(text), FilterChecks.RULE_FILTER);
        assertTrue(at(text, d).contains("status"), at(text, d));
        assertEquals(LintWorkspace.lineOf(text, "filter: \"{{"), d.line());
        assertTrue(d.message().contains("<primary entity name>__<dimension") || d.message().contains("__"), d.message());
        assertEquals(List.of(), ofRule(lint(text.replace("Dimension('status')", "Dimension('order_id__status')")),
                FilterChecks.RULE_FILTER));
    }

    @Test
    void aFilterProblemAfterAnEscapeInADoubleQuotedStringIsStillReportedAtItsPosition() {
        String text = MODEL + """
                  - name: open_orders
                    label: Open orders
                    type: simple
                    type_params:
                      measure: order_total
                    filter: "{{ Dimension('order_id__status') }} = '\\u00e9t\\u00e9' or {{ Dimension('status') }} = 'x'"
                """;
        Diagnostic d = single(lint(text), FilterChecks.RULE_FILTER);
        assertTrue(at(text, d).contains("status"), at(text, d));
        assertTrue(d.column() > text.lines().filter(l -> l.contains("filter:")).findFirst().orElseThrow().indexOf(" or "),
                d::toString);
    }

    @Test
    void aFilterProblemInABlockScalarPointsIntoTheRightLine() {
        String text = MODEL + """
                  - name: open_orders
                    label: Open orders
                    type: simple
                    type_params:
                      measure: order_total
                    filter: |
                      {{ Dimension('order_id__status') }} = 'open'
                      and {{ Dimension('order_id__status' }} > '2024-01-01'
                """;
        Diagnostic d = single(lint(text), FilterChecks.RULE_FILTER);
        assertEquals(LintWorkspace.lineOf(text, "and {{ Dimension("), d.line());
        assertTrue(d.column() > 10, d::toString);
    }

    @Test
    void savedQueryGroupByItemsAreParsed() {
        String text = withSavedQuery("Dimension('order_id__status'");
        Diagnostic d = single(lint(text), FilterChecks.RULE_GROUP_BY);
        assertEquals(LintWorkspace.lineOf(text, "- \"Dimension('order_id__status'"), d.line());
        assertEquals(List.of(), ofRule(lint(text.replace("status'\"", "status')\"")), FilterChecks.RULE_GROUP_BY));
    }

    @Test
    void metricFlowFilesHoldSeveralDocumentsAndEachIsChecked() {
        String text = """
                semantic_model:
                  name: orders
                  node_relation:
                    alias: orders
                    schema_name: shop
                  defaults:
                    agg_time_dimension: ordered_at
                  entities:
                    - name: order_id
                      type: primary
                  dimensions:
                    - name: ordered_at
                      type: time
                      type_params:
                        time_granularity: day
                  measures:
                    - name: order_total
                      agg: sum
                ---
                metric:
                  name: order_total
                  type: simple
                  type_params:
                    measure: order_totl
                ---
                metric:
                  name: broken
                  type: [simple
                """;
        List<Diagnostic> ds = lint(text);
        assertEquals(List.of(), ofRule(ds, YamlParser.RULE_MULTI_DOC));
        Diagnostic unknown = single(ds, "semantic-unknown-measure");
        assertEquals(LintWorkspace.lineOf(text, "measure: order_totl"), unknown.line());
        Diagnostic syntax = single(ds, YamlParser.RULE_SYNTAX);
        assertTrue(syntax.line() >= LintWorkspace.lineOf(text, "type: [simple"), syntax::toString);
    }

    @Test
    void filterReferencesMustNameExistingElements() {
        String text = MODEL + """
                  - name: open_orders
                    label: Open orders
                    type: simple
                    type_params:
                      measure: order_total
                    filter: "{{ Dimension('order_id__statuz') }} = 'open' and {{ Entity('customer') }} is not null"
                """;
        Diagnostic d = single(lint(text), FilterChecks.RULE_UNKNOWN_REFERENCE);
        assertEquals("'order_id__statuz'", at(text, d));
        assertTrue(d.message().contains("did you mean 'order_id__status'?"), d.message());
        String fixed = TextEdit.applyAll(text, d.fixes().getFirst().edits());
        assertEquals(text.replace("statuz", "status"), fixed);
        assertEquals(List.of(), ofRule(lint(fixed), FilterChecks.RULE_UNKNOWN_REFERENCE));
        Diagnostic entity = single(lint(text.replace("statuz", "status").replace("Entity('customer')", "Entity('client')")),
                FilterChecks.RULE_UNKNOWN_REFERENCE);
        assertTrue(entity.message().contains("no entity is named 'client'"), entity.message());
    }

    @Test
    void savedQueryGroupByAndMetricFilterReferencesAreResolved() {
        String text = withSavedQuery("Dimension('customer__region')").replace("saved_queries:", """
                  - name: big_customers
                    label: Big customers
                    type: simple
                    type_params:
                      measure: order_total
                    filter: "{{ Metric('order_total', group_by=['customer']) }} > 100"
                saved_queries:""");
        Diagnostic d = single(lint(text), FilterChecks.RULE_UNKNOWN_REFERENCE);
        assertEquals(LintWorkspace.lineOf(text, "Dimension('customer__region')"), d.line());
        assertTrue(d.message().contains("no semantic model with entity 'customer' has a dimension 'region'"), d.message());
        assertEquals(List.of(), ofRule(lint(text.replace("customer__region", "customer__status")),
                FilterChecks.RULE_UNKNOWN_REFERENCE));
        assertEquals(1, ofRule(lint(text.replace("customer__region", "customer__status")
                .replace("Metric('order_total'", "Metric('order_count'")), FilterChecks.RULE_UNKNOWN_REFERENCE).size());
    }

    @Test
    void aDerivedExprNamesOnlyItsInputs() {
        String text = MODEL + """
                  - name: doubled
                    label: Doubled
                    type: derived
                    type_params:
                      expr: "coalesce(order_total, 0) * 2 + previus"
                      metrics:
                        - name: order_total
                        - name: order_total
                          alias: previous
                          offset_window: 1 month
                """;
        Diagnostic d = single(lint(text), MetricShapeChecks.RULE_DERIVED_EXPR);
        assertEquals("previus", at(text, d));
        assertTrue(d.message().contains("did you mean 'previous'?"), d.message());
        assertEquals(List.of(), ofRule(lint(text.replace("previus", "previous")), MetricShapeChecks.RULE_DERIVED_EXPR));
    }

    @Test
    void aLatestSpecSimpleMetricBelongsUnderItsModel() {
        String topLevel = """
                metrics:
                  - name: order_count
                    type: simple
                    agg: count
                    expr: "1"
                """;
        Diagnostic d = single(lint(topLevel), MetricShapeChecks.RULE_METRIC_PLACEMENT);
        assertEquals(2, d.line());
        String underModel = """
                models:
                  - name: orders
                    semantic_model:
                      enabled: true
                    agg_time_dimension: ordered_at
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
                        type: simple
                        agg: count
                        expr: "1"
                """;
        List<Diagnostic> ds = lint(underModel);
        assertEquals(List.of(), ofRule(ds, MetricShapeChecks.RULE_METRIC_PLACEMENT));
        assertEquals(List.of(), ofRule(ds, SemanticSchemaChecker.RULE_UNKNOWN_KEY), "the latest spec's keys are known");
    }
}
