package dev.steward.model.semantic.lint;

import static dev.steward.model.semantic.lint.LintWorkspace.at;
import static dev.steward.model.semantic.lint.LintWorkspace.ofRule;
import static dev.steward.model.semantic.lint.LintWorkspace.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.text.TextEdit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Semantic models checked against the contract (or seed) their {@code model: ref()} resolves to. */
class SemanticColumnRulesTest {
    static final String MODEL = """
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
                  - name: status
                    type: categorical
                measures:
                  - name: order_total
                    agg: sum
                    expr: amount
                  - name: paid_orders
                    agg: sum_boolean
                    expr: is_paid
            metrics:
              - name: order_total
                label: Order total
                type: simple
                type_params:
                  measure: order_total
            """;

    @TempDir
    Path dir;
    LintWorkspace ws;

    @BeforeEach
    void setUp() {
        ws = new LintWorkspace(dir);
        ws.write("contracts/orders.odcs.yaml", LintWorkspace.ORDERS_CONTRACT);
    }

    private List<Diagnostic> lint(String text) {
        return ws.lint(dir.resolve("models/semantic.yml"), text).diagnostics();
    }

    @Test
    void aModelThatFitsItsContractHasNoColumnFindings() {
        List<Diagnostic> ds = lint(MODEL);
        assertEquals(List.of(), ds.stream().filter(d -> d.rule().startsWith("semantic-") && d.severity() == Severity.ERROR)
                .toList());
        for (String rule : List.of(ColumnRules.RULE_UNKNOWN_COLUMN, ColumnRules.RULE_AGGREGATION_TYPE,
                ColumnRules.RULE_TIME_DIMENSION_TYPE, ColumnRules.RULE_PRIMARY_ENTITY_KEY, ColumnRules.RULE_UNRESOLVED_REF)) {
            assertEquals(List.of(), ofRule(ds, rule), rule);
        }
    }

    @Test
    void anExprNamingAMissingColumnIsAnErrorWithARenameFix() {
        String text = MODEL.replace("expr: amount", "expr: amout");
        Diagnostic d = single(lint(text), ColumnRules.RULE_UNKNOWN_COLUMN);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("amout", at(text, d));
        assertTrue(d.message().contains("did you mean 'amount'"), d.message());
        String fixed = TextEdit.applyAll(text, d.fixes().getFirst().edits());
        assertEquals(MODEL, fixed);
        assertEquals(List.of(), ofRule(lint(fixed), ColumnRules.RULE_UNKNOWN_COLUMN));
    }

    @Test
    void aNameWithoutExprIsTheColumnAndGetsAnExprFix() {
        String text = MODEL.replace("- name: status", "- name: statuses");
        Diagnostic d = single(lint(text), ColumnRules.RULE_UNKNOWN_COLUMN);
        assertTrue(d.message().contains("Dimension 'statuses' reads column 'statuses'"), d.message());
        String fixed = TextEdit.applyAll(text, d.fixes().getFirst().edits());
        assertTrue(fixed.contains("      - expr: status\n        name: statuses\n"), fixed);
        assertEquals(List.of(), ofRule(lint(fixed), ColumnRules.RULE_UNKNOWN_COLUMN));
    }

    @Test
    void sqlExpressionsAreNotColumnNames() {
        String text = MODEL.replace("expr: amount", "expr: amount * 1.2").replace("expr: is_paid", "expr: \"1\"");
        List<Diagnostic> ds = lint(text);
        assertEquals(List.of(), ofRule(ds, ColumnRules.RULE_UNKNOWN_COLUMN));
        assertEquals(List.of(), ofRule(ds, ColumnRules.RULE_AGGREGATION_TYPE));
    }

    @Test
    void summingAStringColumnIsAnError() {
        String text = MODEL.replace("expr: amount", "expr: status");
        Diagnostic d = single(lint(text), ColumnRules.RULE_AGGREGATION_TYPE);
        assertTrue(d.message().contains("Measure 'order_total' aggregates column 'status' with sum")
                && d.message().contains("is string"), d.message());
        assertEquals(LintWorkspace.lineOf(text, "- name: order_total"), d.line());
    }

    @Test
    void sumBooleanNeedsABooleanColumn() {
        Diagnostic d = single(lint(MODEL.replace("expr: is_paid", "expr: amount")), ColumnRules.RULE_AGGREGATION_TYPE);
        assertTrue(d.message().contains("sum_boolean needs a boolean column"), d.message());
    }

    @Test
    void aTimeDimensionNeedsADateOrTimestampColumn() {
        String text = MODEL.replace("        type: time\n", "        type: time\n        expr: status\n");
        Diagnostic d = single(lint(text), ColumnRules.RULE_TIME_DIMENSION_TYPE);
        assertEquals(Severity.ERROR, d.severity());
        assertTrue(d.message().contains("logicalType in schema object 'orders' of contract orders.odcs.yaml is string"),
                d.message());
    }

    @Test
    void aPrimaryEntityOnAColumnThatIsNoKeyIsAWarning() {
        String text = MODEL.replace("type: primary", "type: unique").replace("type: foreign", "type: primary");
        Diagnostic d = single(lint(text), ColumnRules.RULE_PRIMARY_ENTITY_KEY);
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().contains("column 'customer_id'"), d.message());
    }

    @Test
    void aRefToASeedIsCheckedAgainstTheSeedHeader() {
        LintWorkspace seeds = new LintWorkspace(dir.resolve("seeded"));
        seeds.write("seeds/orders.csv", "order_id,customer_id,amount,status,is_paid,ordered_at\n1,2,3.5,open,true,2024-01-01\n");
        Path file = dir.resolve("seeded/models/semantic.yml");
        assertEquals(List.of(), ofRule(seeds.lint(file, MODEL).diagnostics(), ColumnRules.RULE_UNKNOWN_COLUMN));
        Diagnostic d = single(seeds.lint(file, MODEL.replace("expr: amount", "expr: amout")).diagnostics(),
                ColumnRules.RULE_UNKNOWN_COLUMN);
        assertTrue(d.message().contains("seed orders.csv does not have; did you mean 'amount'?"), d.message());
        assertEquals(List.of(), ofRule(seeds.lint(file, MODEL.replace("expr: amount", "expr: status")).diagnostics(),
                ColumnRules.RULE_AGGREGATION_TYPE), "a seed header has no types");
    }

    @Test
    void anUnresolvedRefIsAWarningThatSaysWhereItLooked() {
        String text = MODEL.replace("ref('orders')", "ref('orderz')");
        List<Diagnostic> ds = lint(text);
        Diagnostic d = single(ds, ColumnRules.RULE_UNRESOLVED_REF);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("ref('orderz')", at(text, d));
        assertTrue(d.message().contains("contract schema objects in the workspace")
                && d.message().contains("target/manifest.json (not present)")
                && d.message().contains("seeds orderz.csv under seeds")
                && d.message().contains("SQL models orderz.sql under ."), d.message());
        assertEquals(List.of(), ofRule(lint(text.replace("expr: amount", "expr: amout")), ColumnRules.RULE_UNKNOWN_COLUMN),
                "no column checks without a resolved table");
    }

    @Test
    void dcsContractTypesAreUnderstoodToo() {
        LintWorkspace dcs = new LintWorkspace(dir.resolve("dcs"));
        dcs.write("contracts/orders.yaml", """
                dataContractSpecification: 1.2.1
                id: orders
                info:
                  title: Orders
                  version: 1.0.0
                models:
                  orders:
                    fields:
                      order_id:
                        type: varchar
                        primaryKey: true
                      customer_id:
                        type: varchar
                      amount:
                        type: decimal
                      status:
                        type: text
                      is_paid:
                        type: boolean
                      ordered_at:
                        type: timestamp_tz
                """);
        Path file = dir.resolve("dcs/models/semantic.yml");
        List<Diagnostic> ds = dcs.lint(file, MODEL).diagnostics();
        for (String rule : List.of(ColumnRules.RULE_UNKNOWN_COLUMN, ColumnRules.RULE_AGGREGATION_TYPE,
                ColumnRules.RULE_TIME_DIMENSION_TYPE, ColumnRules.RULE_PRIMARY_ENTITY_KEY)) {
            assertEquals(List.of(), ofRule(ds, rule), rule);
        }
        Diagnostic d = single(dcs.lint(file, MODEL.replace("expr: amount", "expr: status")).diagnostics(),
                ColumnRules.RULE_AGGREGATION_TYPE);
        assertTrue(d.message().contains("is text"), d.message());
    }
}
