package dev.steward.model.contract.odcs;

import static dev.steward.model.contract.ContractFixtures.ODCS_HEADER;
import static dev.steward.model.contract.ContractFixtures.odcs;
import static dev.steward.model.contract.ContractFixtures.of;
import static dev.steward.model.contract.ContractFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.contract.ContractFixtures;
import dev.steward.model.contract.odcs.rules.OdcsRule;
import dev.steward.model.contract.odcs.rules.OdcsRules;
import dev.steward.model.contract.semantic.RuleRunner;
import dev.steward.model.contract.odcs.rules.OwnerRule;
import dev.steward.model.contract.odcs.rules.PersonalDataRule;
import dev.steward.model.contract.odcs.rules.RelationshipRule;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.ContractSummary;
import dev.steward.model.validation.FileReport;
import dev.steward.model.validation.RuleLevel;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.validation.WorkspaceIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OdcsValidatorTest {

    private static final String CONTRACT = ODCS_HEADER + """
            schema:
              - name: orders
                id: orders_tbl
                properties:
                  - name: order_id
                    id: order_id_prop
                    logicalType: string
                    primaryKey: true
                  - name: customer_id
                    logicalType: string
                    relationships:
                      - to: customers.customer_id
                  - name: shipping
                    logicalType: object
                    properties:
                      - name: city
                        logicalType: string
                  - name: lines
                    logicalType: array
                    items:
                      logicalType: object
                      properties:
                        - name: sku
                          logicalType: string
              - name: customers
                properties:
                  - name: customer_id
                    logicalType: string
            slaProperties:
              - property: latency
                value: 1
                unit: h
                element: orders.order_id
            """;

    @Test
    void aCleanContractHasNoFindings() {
        assertEquals(List.of(), odcs(CONTRACT));
    }

    @Test
    void summaryHasIdentitySchemasAndDottedPropertiesWithTypes() {
        ContractSummary s = new OdcsValidator().summarize(parse(Path.of("orders.odcs.yaml"), CONTRACT)).orElseThrow();
        assertEquals(ArtifactKind.ODCS, s.kind());
        assertEquals("orders-contract", s.id());
        assertEquals("Orders", s.name());
        assertEquals("1.2.0", s.version());
        ContractSummary.SchemaSummary orders = s.schemaById("orders_tbl").orElseThrow();
        assertEquals("orders", orders.name());
        assertEquals(List.of("order_id", "customer_id", "shipping", "shipping.city", "lines", "lines.sku"),
                orders.properties().stream().map(ContractSummary.PropertySummary::name).toList());
        assertEquals("order_id", orders.propertyById("order_id_prop").orElseThrow().name());
        assertEquals("object", orders.property("shipping").orElseThrow().logicalType());
        assertEquals(null, s.schema("customers").orElseThrow().id());
    }

    @Test
    void theWorkspacePolicyTurnsRulesOffOrRegradesThemByTheirIds() {
        String text = CONTRACT.replace("team:\n  name: sales-data\n", "")
                .replace("  - name: customers\n    properties:\n", "  - name: customers\n    properties:\n      - name: email\n");
        ArtifactLinter linter = ArtifactLinter.standard();
        FileReport plain = linter.lint(Path.of("orders.odcs.yaml"), text, ValidationContext.standalone());
        assertEquals(Severity.WARNING, of(OwnerRule.RULE, plain.diagnostics()).getFirst().severity());
        assertEquals(Severity.WARNING, of(PersonalDataRule.RULE, plain.diagnostics()).getFirst().severity());

        ValidationPolicy strict = new ValidationPolicy(
                Map.of(OwnerRule.RULE, RuleLevel.OFF, PersonalDataRule.RULE, RuleLevel.ERROR), true);
        FileReport graded = linter.lint(Path.of("orders.odcs.yaml"), text, new ValidationContext(WorkspaceIndex.empty(), strict));
        assertEquals(List.of(), of(OwnerRule.RULE, graded.diagnostics()));
        assertEquals(Severity.ERROR, of(PersonalDataRule.RULE, graded.diagnostics()).getFirst().severity());
        assertTrue(graded.hasErrors());
    }

    @Test
    void aContractBreakingEveryRuleGetsEachRuleIdListedByOdcsRules() {
        String text = """
                apiVersion: v3.1.0
                kind: DataContract
                id: broken
                version: "1.0"
                status: draft
                schema:
                  - name: orders
                    id: t
                    properties:
                      - name: order_id
                        id: p
                        primaryKeyPosition: 2
                      - name: order_id
                        id: p
                      - name: email
                        relationships:
                          - to: [customers.customer_id, customers.region]
                      - name: amount
                        logicalType: number
                        relationships:
                          - to: customers.created
                    quality:
                      - metric: duplicateValues
                        arguments:
                          properties: [order_key]
                        mustBe: 0
                  - name: customers
                    id: t
                    properties:
                      - name: created
                        logicalType: date
                slaProperties:
                  - property: latency
                    value: 4
                    element: orders.created_at
                """;
        List<String> rules = odcs(text).stream().map(Diagnostic::rule).distinct().sorted().toList();
        assertEquals(OdcsRules.ids().stream().sorted().toList(), rules);
        assertEquals(OdcsRules.ids().size(), Set.copyOf(OdcsRules.ids()).size());
    }

    @Test
    void aRuleThatFailsIsReportedOnceAndTheOtherRulesStillReport() {
        OdcsRule broken = (contract, context, findings) -> {
            throw new IllegalStateException("bug");
        };
        String text = CONTRACT.replace("team:\n  name: sales-data\n", "");
        List<Diagnostic> found = ContractFixtures.validate(new OdcsValidator(List.of(broken, new OwnerRule())),
                Path.of("orders.odcs.yaml"), text, ValidationContext.standalone());
        assertEquals(List.of(OwnerRule.RULE, RuleRunner.RULE), found.stream().map(Diagnostic::rule).sorted().toList());
        Diagnostic failure = of(RuleRunner.RULE, found).getFirst();
        assertTrue(failure.message().startsWith("Steward could not finish the check"), failure.message());
        assertTrue(failure.message().contains("IllegalStateException"), failure.message());
    }

    @Test
    void aLargeContractIsValidatedWithEveryProblemFound() {
        StringBuilder text = new StringBuilder(ODCS_HEADER).append("schema:\n");
        int tables = 64;
        int columns = 16;
        for (int t = 0; t < tables; t++) {
            text.append("  - name: table_").append(t).append("\n    id: table_").append(t).append("_id\n    properties:\n");
            for (int c = 0; c < columns; c++) {
                text.append("      - name: column_").append(c).append("\n")
                        .append("        id: t").append(t).append("_c").append(c).append("\n")
                        .append("        logicalType: string\n");
                if (t > 0) {
                    // every column refers to the previous table; column 3 of odd tables to a typo
                    String target = t % 2 == 1 && c == 3 ? "colum_3" : "column_" + c;
                    text.append("        relationships:\n          - to: table_").append(t - 1).append('.').append(target).append('\n');
                }
            }
        }
        String contract = text.toString();
        assertTrue(contract.lines().count() > 5000, "the fixture is meant to be large: " + contract.lines().count());
        List<Diagnostic> found = odcs(contract);
        List<Diagnostic> targets = of(RelationshipRule.TARGET, found);
        assertEquals(tables / 2, targets.size());
        assertTrue(targets.stream().allMatch(d -> d.message().contains("did you mean 'column_3'?")), targets.getFirst()::message);
        assertEquals(targets, found);
    }
}
