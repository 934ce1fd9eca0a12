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

/** Model-level rules: the valid base project passes each, and one edit makes it fail where the edit is. */
class SemanticRulesTest {
    @TempDir
    Path dir;

    private List<Diagnostic> edit(String from, String to) {
        return validateEdited(dir, from, to);
    }

    @Test
    void theBaseProjectHasNoFinding() {
        assertEquals(List.of(), validate(dir, BASE));
    }

    @Test
    void everyRuleHasItsOwnStableId() {
        List<String> ids = new SemanticValidator().ruleIds();
        assertEquals(ids.size(), ids.stream().distinct().count());
        assertTrue(ids.stream().allMatch(id -> id.matches("semantic-[a-z]+(-[a-z]+)*")), ids::toString);
    }

    @Test
    void aProjectWithoutMetricsIsEmpty() {
        String noMetrics = BASE.substring(0, BASE.indexOf("metrics:\n  - name: order_total"));
        single(validate(dir, noMetrics), "semantic-non-empty", Severity.ERROR, 1, "no metric");
        String proxy = noMetrics.replace("agg: sum\n", "agg: sum\n        create_metric: true\n");
        assertEquals(List.of(), ofRule(validate(dir, proxy), "semantic-non-empty"));
    }

    @Test
    void elementNamesAreUniqueWithinAModel() {
        List<Diagnostic> ds = edit("      - name: status\n", "      - name: order_id\n");
        single(ds, "semantic-unique-name", Severity.ERROR, lineOf(BASE, "      - name: status"), "already has an entity");
    }

    @Test
    void namesFollowThePatternAndAvoidGrainWords() {
        single(edit("      - name: status\n", "      - name: Order__Status\n"), "semantic-valid-name", Severity.ERROR,
                lineOf(BASE, "      - name: status"), "not valid");
        single(edit("      - name: status\n", "      - name: month\n"), "semantic-valid-name", Severity.ERROR,
                lineOf(BASE, "      - name: status"), "time granularity");
        single(edit("      - name: status\n", "      - name: metric_time\n"), "semantic-valid-name", Severity.ERROR,
                lineOf(BASE, "      - name: status"), "reserved");
    }

    @Test
    void aMeasureNameIsDefinedByOneModelOnly() {
        List<Diagnostic> ds = edit("      - name: new_customers\n", "      - name: order_total\n");
        single(ds, "semantic-measure-unique", Severity.ERROR, lineOf(BASE, "      - name: new_customers"), "'orders'");
    }

    @Test
    void aWrongDefaultAggTimeDimensionIsReportedOnceAtTheModel() {
        List<Diagnostic> ds = edit("      agg_time_dimension: ordered_at\n", "      agg_time_dimension: status\n");
        single(ds, "semantic-agg-time-dimension", Severity.ERROR, lineOf(BASE, "  - name: orders"), "time dimensions: ordered_at");
    }

    @Test
    void aMeasureWithoutAnyAggTimeDimensionIsReported() {
        List<Diagnostic> ds = edit("    defaults:\n      agg_time_dimension: first_ordered_at\n", "");
        single(ds, "semantic-agg-time-dimension", Severity.ERROR, lineOf(BASE, "      - name: new_customers") - 2, "no aggregation time");
    }

    @Test
    void aModelWithDimensionsNeedsOnePrimaryEntity() {
        single(edit("      - name: order_id\n        type: primary\n", "      - name: order_id\n        type: unique\n"),
                "semantic-primary-entity", Severity.ERROR, lineOf(BASE, "  - name: orders"), "no primary entity");
        List<Diagnostic> declared = edit("      - name: order_id\n        type: primary\n",
                "      - name: order_id\n        type: unique\n    primary_entity: order\n");
        assertEquals(List.of(), ofRule(declared, "semantic-primary-entity"));
        single(edit("        type: foreign\n", "        type: primary\n"), "semantic-primary-entity", Severity.ERROR,
                lineOf(BASE, "      - name: customer\n        type: foreign"), "more than one");
    }

    @Test
    void aNameIsOneKindOfElementAcrossModels() {
        single(edit("      - name: region\n", "      - name: order_total\n"), "semantic-element-type", Severity.ERROR,
                lineOf(BASE, "      - name: region"), "measure in semantic model 'orders'");
    }

    @Test
    void sameNamedDimensionsAgreeOnType() {
        single(edit("      - name: region\n        type: categorical\n", "      - name: ordered_at\n        type: categorical\n"),
                "semantic-dimension-consistency", Severity.ERROR, lineOf(BASE, "      - name: region"), "same type");
    }

    @Test
    void sqlKeywordsAreNotElementNames() {
        single(edit("      - name: status\n", "      - name: select\n"), "semantic-reserved-keyword", Severity.ERROR,
                lineOf(BASE, "      - name: status"), "SQL reserved keyword");
    }

    @Test
    void aNaturalEntityNeedsAValidityWindow() {
        single(edit("        type: foreign\n", "        type: natural\n"), "semantic-validity-window", Severity.ERROR,
                lineOf(BASE, "      - name: customer\n        type: foreign"), "no validity window");
    }

    @Test
    void aTimeDimensionWithoutGranularityIsAFutureError() {
        single(edit("        type_params:\n          time_granularity: day\n      - name: status\n", "      - name: status\n"),
                "semantic-time-granularity", Severity.WARNING, lineOf(BASE, "      - name: ordered_at"), "2027-01-01");
    }

    @Test
    void customGranularityNamesAreUniqueAndNotStandard() {
        String spines = """
                ---
                project_configuration:
                  time_spines:
                    - node_relation:
                        alias: time_spine
                        schema_name: analytics
                      primary_column:
                        name: date_day
                        time_granularity: day
                      custom_granularities:
                        - name: fiscal_year
                        - name: %s
                """;
        assertEquals(List.of(), ofRule(validate(dir, BASE + spines.formatted("fiscal_quarter")), "semantic-time-spine"));
        List<Diagnostic> ds = validate(dir, BASE + spines.formatted("fiscal_year"));
        assertEquals(1, ofRule(ds, "semantic-time-spine").size(), ds::toString);
        assertTrue(ofRule(ds, "semantic-time-spine").getFirst().message().contains("defined twice"));
    }

    @Test
    void twoModelsWithOnePrimaryEntityMayNotShareADimensionName() {
        String second = """
                  - name: orders_extra
                    model: ref('orders_extra')
                    entities:
                      - name: order_id
                        type: primary
                    dimensions:
                      - name: %s
                        type: categorical
                metrics:
                """;
        List<Diagnostic> ok = edit("\nmetrics:\n", "\n" + second.formatted("channel"));
        assertEquals(List.of(), ok);
        assertEquals(List.of(), ofRule(ok, "semantic-primary-entity-dimension"));
        String clash = BASE.replace("\nmetrics:\n", "\n" + second.formatted("status"));
        single(validate(dir, clash), "semantic-primary-entity-dimension", Severity.ERROR,
                lineOf(clash, "- name: status\n        type: categorical\nmetrics:"), "order_id__status");
    }

    private static final String SCD = """
              - name: customer_tiers
                model: ref('customer_tiers')
                primary_entity: customer_tier
                entities:
                  - name: customer
                    type: natural
                    expr: customer_id
                dimensions:
                  - name: tier_start
                    type: time
                    type_params:
                      time_granularity: day
                      validity_params:
                        is_start: true
                  - name: tier_end
                    type: time
                    type_params:
                      time_granularity: day
                      validity_params:
                        is_end: true
                  - name: tier
                    type: categorical
            metrics:
            """;

    @Test
    void aValidityWindowHasOneStartAndOneEndDimension() {
        String ok = BASE.replace("\nmetrics:\n", "\n" + SCD);
        assertEquals(List.of(), validate(dir, ok));
        String single = ok.replace("          validity_params:\n            is_end: true\n", "");
        single(validate(dir, single), "semantic-validity-window", Severity.ERROR, lineOf(single, "      - name: tier_start"),
                "1 dimension(s)");
    }

    @Test
    void aTimeDimensionFinerThanEveryTimeSpineIsAWarning() {
        String spine = """
                ---
                project_configuration:
                  time_spines:
                    - node_relation:
                        alias: time_spine
                        schema_name: analytics
                      primary_column:
                        name: date_%1$s
                        time_granularity: %1$s
                """;
        assertEquals(List.of(), validate(dir, BASE + spine.formatted("day")));
        String coarse = BASE + spine.formatted("month");
        List<Diagnostic> ds = ofRule(validate(dir, coarse), "semantic-time-spine");
        assertEquals(2, ds.size(), ds::toString);
        assertTrue(ds.stream().allMatch(d -> d.severity() == Severity.WARNING && d.message().contains("finest: 'month'")));
    }

    @Test
    void sameNamedEntitiesCarryOneLabel() {
        String labelled = "      - name: customer\n        type: foreign\n        label: Customer\n";
        assertEquals(List.of(), edit("      - name: customer\n        type: foreign\n", labelled));
        String other = BASE.replace("      - name: customer\n        type: foreign\n", labelled)
                .replace("      - name: customer\n        type: primary\n", "      - name: customer\n        type: primary\n        label: Client\n");
        single(validate(dir, other), "semantic-duplicate-label", Severity.ERROR,
                lineOf(other, "      - name: customer\n        type: primary"), "'Client'");
    }

    @Test
    void aRuleThatFailsInternallyBecomesOneErrorAndTheOthersStillRun() throws java.io.IOException {
        SemanticRule broken = new SemanticRule() {
            @Override
            public String id() {
                return "semantic-broken";
            }

            @Override
            public String checking() {
                return "something";
            }

            @Override
            public void check(SemanticIndex index, Findings findings) {
                throw new IllegalStateException("boom");
            }
        };
        SemanticValidator validator = new SemanticValidator(List.of(broken, new CountExprRule()));
        String yaml = BASE.replace("        agg: count\n        expr: \"1\"\n", "        agg: count\n");
        validate(dir, yaml);
        List<Diagnostic> ds = validator.validate(dev.steward.model.semantic.SemanticProject.read(dir));
        assertEquals(List.of("semantic-broken", "semantic-count-expr"), ds.stream().map(Diagnostic::rule).distinct().toList());
        assertTrue(ds.getFirst().message().contains("could not finish checking something"));
    }

    @Test
    void twoTimeSpinesAtOneGrainAreAWarning() {
        String spine = """
                    - node_relation:
                        alias: %1$s
                        schema_name: analytics
                      primary_column:
                        name: date_day
                        time_granularity: day
                """;
        String one = BASE + "---\nproject_configuration:\n  time_spines:\n" + spine.formatted("time_spine");
        assertEquals(List.of(), validate(dir, one));
        String two = one + spine.formatted("other_spine");
        single(validate(dir, two), "semantic-time-spine", Severity.WARNING, lineOf(two, "    - node_relation:\n        alias: other"),
                "one time spine per grain");
    }
}
