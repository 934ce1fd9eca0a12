package dev.steward.model.contract.dcs;

import static dev.steward.model.contract.ContractFixtures.applyFirstFix;
import static dev.steward.model.contract.ContractFixtures.dcs;
import static dev.steward.model.contract.ContractFixtures.of;
import static dev.steward.model.contract.ContractFixtures.only;
import static dev.steward.model.contract.ContractFixtures.parse;
import static dev.steward.model.contract.ContractFixtures.underlined;
import static dev.steward.model.contract.ContractFixtures.validate;
import static dev.steward.model.contract.ContractFixtures.workspace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.contract.dcs.rules.DcsRules;
import dev.steward.model.contract.odcs.OdcsValidator;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.ContractSummary;
import dev.steward.model.validation.WorkspaceIndex;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DcsValidatorTest {

    private static final String CLEAN = """
            dataContractSpecification: 1.2.1
            id: urn:datacontract:checkout:orders
            info:
              title: Orders
              version: 2.0.0
              owner: checkout-team
            models:
              orders:
                type: table
                fields:
                  order_id:
                    type: string
                    primaryKey: true
                  customer_id:
                    type: string
                    references: customers.id
                  shipping:
                    type: object
                    fields:
                      city:
                        type: string
              customers:
                fields:
                  id:
                    type: string
                  email:
                    type: string
                    pii: true
                  phone_numbers:
                    type: array
                    classification: sensitive
                    items:
                      type: object
                      fields:
                        kind:
                          type: string
            servicelevels:
              availability:
                percentage: 99.9%
              retention:
                period: P1Y
              latency:
                threshold: 25h
              freshness:
                threshold: PT1H
              frequency:
                interval: daily
              support:
                responseTime: 1h
              backup:
                interval: weekly
                recoveryTime: 24 hours
                recoveryPoint: 1 week
            """;

    @Test
    void aCleanContractHasNoFindings() {
        assertEquals(List.of(), dcs(CLEAN));
    }

    @Test
    void summaryListsModelsAsSchemasWithDottedFieldPaths() {
        ContractSummary s = new DcsValidator().summarize(parse(Path.of("orders.dcs.yaml"), CLEAN)).orElseThrow();
        assertEquals(ArtifactKind.DCS, s.kind());
        assertEquals("urn:datacontract:checkout:orders", s.id());
        assertEquals("Orders", s.name());
        assertEquals("2.0.0", s.version());
        assertEquals(List.of("orders", "customers"), s.schemas().stream().map(ContractSummary.SchemaSummary::name).toList());
        assertEquals(List.of("order_id", "customer_id", "shipping", "shipping.city"),
                s.schema("orders").orElseThrow().properties().stream().map(ContractSummary.PropertySummary::name).toList());
        assertEquals("array", s.schema("customers").orElseThrow().property("phone_numbers").orElseThrow().logicalType());
        assertTrue(s.schema("customers").orElseThrow().property("phone_numbers.kind").isPresent());
    }

    @Test
    void aReferenceToAMissingFieldIsAWarningWithARenameFix() {
        String text = CLEAN.replace("references: customers.id", "references: customers.idd");
        Diagnostic d = only(DcsRules.REFERENCE, dcs(text));
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("idd", underlined(text, d));
        assertTrue(d.message().startsWith("Reference 'customers.idd': schema object 'customers' has no property 'idd'"), d.message());
        assertEquals(List.of(), dcs(applyFirstFix(text, d)));
    }

    @Test
    void referencesResolveInOtherContractsOfTheWorkspace() {
        Path dir = Path.of("ws").toAbsolutePath();
        String odcsCustomers = """
                apiVersion: v3.1.0
                kind: DataContract
                id: customers
                version: 1.0.0
                status: active
                schema:
                  - name: accounts
                    properties:
                      - name: account_id
                """;
        WorkspaceIndex index = new WorkspaceIndex(dir);
        new OdcsValidator().summarize(parse(dir.resolve("customers.odcs.yaml"), odcsCustomers)).ifPresent(index::put);
        String text = CLEAN.replace("references: customers.id", "references: accounts.account_id");
        assertEquals(List.of(), validate(new DcsValidator(), dir.resolve("orders.dcs.yaml"), text, workspace(index)));
        String broken = CLEAN.replace("references: customers.id", "references: accounts.account_key");
        Diagnostic d = only(DcsRules.REFERENCE, validate(new DcsValidator(), dir.resolve("orders.dcs.yaml"), broken, workspace(index)));
        assertTrue(d.message().contains("in 'customers.odcs.yaml' has no property 'account_key'"), d.message());
    }

    @Test
    void aVersionThatIsNoSemanticVersionIsAWarning() {
        String text = CLEAN.replace("version: 2.0.0", "version: 2");
        Diagnostic d = only(DcsRules.VERSION, dcs(text));
        assertTrue(d.message().startsWith("'info.version' is '2'"), d.message());
        assertEquals(List.of(), dcs(applyFirstFix(text, d)));
    }

    @Test
    void aContractWithoutOwnerIsAWarningAtInfo() {
        String text = CLEAN.replace("  owner: checkout-team\n", "");
        Diagnostic d = only(DcsRules.OWNER, dcs(text));
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("info", underlined(text, d));
    }

    @Test
    void anUnclassifiedPersonalFieldIsAWarningFixedUnderItsType() {
        String text = CLEAN.replace("""
                      email:
                        type: string
                        pii: true
                """, """
                      email:
                        type: string
                        description: contact address
                """);
        Diagnostic d = only(DcsRules.PII, dcs(text));
        assertEquals("email", underlined(text, d));
        assertTrue(d.message().contains("has no classification or pii"), d.message());
        String fixed = applyFirstFix(text, d);
        assertTrue(fixed.contains("""
                      email:
                        type: string
                        classification: restricted
                        description: contact address
                """), fixed);
        assertEquals(List.of(), of(DcsRules.PII, dcs(fixed)));
    }

    @Test
    void serviceLevelsThatDoNotParseAreErrors() {
        String text = CLEAN.replace("percentage: 99.9%", "percentage: 120%")
                .replace("threshold: 25h", "threshold: 25")
                .replace("recoveryPoint: 1 week", "recoveryPoint: soon");
        List<Diagnostic> found = of(DcsRules.SERVICE_LEVEL, dcs(text));
        assertEquals(3, found.size(), found::toString);
        assertTrue(found.stream().allMatch(d -> d.severity() == Severity.ERROR));
        assertEquals("'servicelevels.availability.percentage' is '120%', which is not a percentage between 0 and 100;"
                + " write it like 99.9%", found.get(0).message());
        assertEquals("25", underlined(text, found.get(1)));
        assertTrue(found.get(1).message().contains("has no unit; write it with one, such as 25h or 25 days"), found.get(1).message());
        assertTrue(found.get(2).message().contains("('soon') is not a duration"), found.get(2).message());
    }
}
