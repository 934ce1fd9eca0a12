package dev.steward.model.mesh.governance;

import static dev.steward.model.mesh.MeshFixture.in;
import static dev.steward.model.mesh.MeshFixture.out;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.mesh.MeshFixture;
import dev.steward.model.validation.RuleLevel;
import dev.steward.model.validation.RuleOptions;
import dev.steward.model.validation.ValidationPolicy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each mesh rule: a failing and a passing case, with the diagnostic's file, place and words. */
class MeshPolicyCheckerTest {

    private static List<Diagnostic> only(List<Diagnostic> found, String rule) {
        return found.stream().filter(d -> d.rule().equals(rule)).toList();
    }

    private static String at(MeshFixture fixture, Diagnostic d) {
        String text = fixture.text("products/" + d.path().getFileName());
        return text.substring(d.range().startOffset(), d.range().endOffset());
    }

    // mesh-output-contract-missing

    @Test
    void anOutputPortWhoseContractIsNotInTheWorkspaceIsAnErrorAtItsContractId() {
        MeshFixture ws = new MeshFixture().odcs("orders", "Shop Data", "active", "")
                .odps("shop", "sales", "Shop Data", "active", out("orders", "ordrs"));
        Diagnostic d = only(ws.check(), "mesh-output-contract-missing").getFirst();
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("ordrs", at(ws, d));
        assertTrue(d.message().contains("promises contract 'ordrs', but no contract in the workspace has that id;"
                + " did you mean 'orders'?"), d.message());
        assertEquals("Change to 'orders'", d.fixes().getFirst().title());
        String fixed = ws.text("products/shop.odps.yaml");
        var edit = d.fixes().getFirst().edits().getFirst();
        fixed = fixed.substring(0, edit.offset()) + edit.replacement() + fixed.substring(edit.offset() + edit.length());
        assertTrue(fixed.contains("contractId: orders\n"), fixed);
    }

    @Test
    void anOutputPortWithoutContractIsReportedAtThePort() {
        MeshFixture ws = new MeshFixture().odps("shop", "sales", "Shop Data", "active",
                "outputPorts:\n  - name: orders\n    version: 1.0.0\n");
        Diagnostic d = only(ws.check(), "mesh-output-contract-missing").getFirst();
        assertEquals("name", at(ws, d));
        assertTrue(d.message().contains("names no data contract; add 'contractId: <id>'"), d.message());
    }

    @Test
    void anOutputPortWithAnExistingContractPasses() {
        MeshFixture ws = new MeshFixture().odcs("orders", "Shop Data", "active", "")
                .odps("shop", "sales", "Shop Data", "active", out("orders", "orders"));
        assertEquals(List.of(), ws.check());
    }

    // mesh-contract-owner-mismatch

    @Test
    void aContractOwnedByAnotherTeamIsAWarningAtThePort() {
        MeshFixture ws = new MeshFixture().odcs("orders", "Shop Data", "active", "")
                .odps("shop", "sales", "Finance Data", "active", out("orders", "orders"));
        Diagnostic d = only(ws.check(), "mesh-contract-owner-mismatch").getFirst();
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("orders", at(ws, d));
        assertTrue(d.message().contains("owned by team 'Shop Data', but this data product is owned by 'Finance Data'"),
                d.message());
    }

    @Test
    void aTeamNamedByIdInTheProductAndByNameInTheContractIsTheSameTeam() {
        MeshFixture ws = new MeshFixture().odcs("orders", "Shop Data", "active", "")
                .file("domains.yaml", "teams:\n  - id: shop-team\n    name: Shop Data\n")
                .odps("shop", "sales", "shop-team", "active", out("orders", "orders"));
        assertEquals(List.of(), ws.check());
    }

    // mesh-dependency-cycle

    @Test
    void productsDependingOnEachOtherInACircleAreReportedInEveryFileOfTheCycle() {
        MeshFixture ws = new MeshFixture().odcs("a-out", "T", "active", "").odcs("b-out", "T", "active", "")
                .odps("a", "sales", "T", "active", in("b-out") + out("a", "a-out"))
                .odps("b", "sales", "T", "active", in("a-out") + out("b", "b-out"));
        List<Diagnostic> cycle = only(ws.check(), "mesh-dependency-cycle");
        assertEquals(2, cycle.size(), cycle.toString());
        Diagnostic inA = cycle.stream().filter(d -> d.path().endsWith("a.odps.yaml")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, inA.severity());
        assertEquals("b-out", at(ws, inA));
        assertTrue(inA.message().startsWith("Dependency cycle: a → b → a;"), inA.message());
    }

    @Test
    void aChainWithoutCycleHasNoCycleFinding() {
        MeshFixture ws = new MeshFixture().odcs("a-out", "T", "active", "").odcs("b-out", "T", "active", "")
                .odps("a", "sales", "T", "active", in("b-out") + out("a", "a-out"))
                .odps("b", "sales", "T", "active", out("b", "b-out"));
        assertEquals(List.of(), ws.check());
    }

    // mesh-input-port-unresolved

    @Test
    void anInputPortConsumingAContractNoProductOffersIsAWarning() {
        MeshFixture ws = new MeshFixture().odcs("orders", "T", "active", "").odcs("report", "T", "active", "")
                .odps("r", "sales", "T", "active", in("orders") + out("r", "report"));
        Diagnostic d = only(ws.check(), "mesh-input-port-unresolved").getFirst();
        assertEquals("orders", at(ws, d));
        assertTrue(d.message().contains("no data product of the workspace offers it on an output port; the contract"
                + " 'orders' exists"), d.message());
    }

    @Test
    void aDpsInputPortFromAnUnknownSourceSystemIsReportedAndADeclaredOnePasses() {
        String dps = """
                dataProductSpecification: 0.0.1
                id: stock
                info:
                  title: Stock
                  owner: fulfillment
                inputPorts:
                  - id: kafka
                    name: kafka
                    sourceSystemId: stock-service
                """;
        MeshFixture failing = new MeshFixture().file("products/stock.yaml", dps);
        Diagnostic d = only(failing.check(), "mesh-input-port-unresolved").getFirst();
        assertTrue(d.message().contains("reads from 'stock-service', which is neither a data product nor a source system"),
                d.message());
        MeshFixture passing = new MeshFixture().file("products/stock.yaml", dps)
                .file("sourcesystems/stock_service.yml", "id: stock-service\nname: Stock Service\n");
        assertEquals(List.of(), only(passing.check(), "mesh-input-port-unresolved"));
    }

    // mesh-pii-unclassified

    private static MeshFixture piiWorkspace(String emailClassification) {
        return new MeshFixture().file("contracts/customers.yaml", """
                dataContractSpecification: 1.2.1
                id: customers
                info:
                  title: Customers
                  version: 1.0.0
                  owner: crm
                models:
                  customers:
                    fields:
                      customer_id:
                        type: string
                      email:
                        type: string
                %s""".formatted(emailClassification)).file("products/crm.yaml", """
                dataProductSpecification: 0.0.1
                id: crm
                info:
                  title: CRM
                  owner: crm
                outputPorts:
                  - id: customers_v1
                    name: Customers
                    containsPii: true
                    dataContractId: customers
                """);
    }

    @Test
    void aPersonalDataPortWhoseContractLeavesPersonalPropertiesUnclassifiedIsAWarning() {
        MeshFixture ws = piiWorkspace("");
        Diagnostic d = only(ws.check(), "mesh-pii-unclassified").getFirst();
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(ws.text("products/crm.yaml").indexOf("customers\n"), d.range().startOffset());
        assertTrue(d.message().contains("is marked as holding personal data, but its contract 'Customers' (customers)"
                + " gives no classification to email (its name looks like personal data (email))"), d.message());
    }

    @Test
    void aPersonalDataPortWhoseContractClassifiesThemPasses() {
        assertEquals(List.of(), piiWorkspace("        classification: restricted\n").check());
    }

    private static final String CUSTOMERS_SCHEMA = """
            schema:
              - name: customers
                properties:
                  - name: customer_id
                    logicalType: integer
                  - name: loyalty_tier
                    logicalType: string
                    customProperties:
                      - property: pii
                        value: true
                  - name: email
                    logicalType: string
            """;

    @Test
    void anOdpsPortTaggedPiiOrAContractMarkingPiiNeedsClassifiedProperties() {
        MeshFixture tagged = new MeshFixture().odcs("customers", "T", "active", CUSTOMERS_SCHEMA)
                .odps("crm", "sales", "T", "active", out("customers", "customers") + "    tags: [pii]\n");
        Diagnostic d = only(tagged.check(), "mesh-pii-unclassified").getFirst();
        assertTrue(d.message().contains("is marked as holding personal data, but its contract 'customers' gives no"
                + " classification to loyalty_tier (marked pii), email (its name looks like personal data (email))"),
                d.message());
        MeshFixture marked = new MeshFixture().odcs("customers", "T", "active", CUSTOMERS_SCHEMA)
                .odps("crm", "sales", "T", "active", out("customers", "customers"));
        assertTrue(only(marked.check(), "mesh-pii-unclassified").getFirst().message()
                .contains("carries properties marked pii"));
        MeshFixture unmarked = new MeshFixture().odcs("customers", "T", "active",
                        CUSTOMERS_SCHEMA.replace("      - property: pii\n            value: true\n", "      - property: tier\n            value: true\n"))
                .odps("crm", "sales", "T", "active", out("customers", "customers"));
        assertEquals(List.of(), unmarked.check(), "a port neither marked nor fed by marked properties is not checked");
    }

    // mesh-deprecated-dependency

    @Test
    void consumingADeprecatedProductIsAWarningAtTheInputPort() {
        MeshFixture ws = new MeshFixture().odcs("orders", "T", "active", "").odcs("report", "T", "active", "")
                .odps("legacy", "sales", "T", "deprecated", out("orders", "orders"))
                .odps("r", "sales", "T", "active", in("orders") + out("r", "report"));
        Diagnostic d = only(ws.check(), "mesh-deprecated-dependency").getFirst();
        assertEquals("r.odps.yaml", d.path().getFileName().toString());
        assertEquals("orders", at(ws, d));
        assertTrue(d.message().contains("depends on 'legacy' (input port 'orders' 1.0.0), which is deprecated"),
                d.message());
    }

    @Test
    void consumingARetiredContractIsAWarningAndActiveOnesPass() {
        MeshFixture retired = new MeshFixture().odcs("orders", "T", "retired", "").odcs("report", "T", "active", "")
                .odps("shop", "sales", "T", "active", out("orders", "orders"))
                .odps("r", "sales", "T", "active", in("orders") + out("r", "report"));
        List<Diagnostic> found = only(retired.check(), "mesh-deprecated-dependency");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.getFirst().message().contains("consumes contract 'orders', which is retired"),
                found.getFirst().message());
        MeshFixture active = new MeshFixture().odcs("orders", "T", "active", "").odcs("report", "T", "active", "")
                .odps("shop", "sales", "T", "active", out("orders", "orders"))
                .odps("r", "sales", "T", "active", in("orders") + out("r", "report"));
        assertEquals(List.of(), active.check());
    }

    // mesh-cross-domain-dependencies

    private static MeshFixture crossDomain() {
        return new MeshFixture().odcs("orders", "T", "active", "").odcs("payments", "T", "active", "")
                .odcs("report", "T", "active", "")
                .odps("shop", "sales", "T", "active", out("orders", "orders"))
                .odps("pay", "finance", "T", "active", out("payments", "payments"))
                .odps("r", "marketing", "T", "active", in("orders", "payments") + out("r", "report"));
    }

    @Test
    void moreCrossDomainDependenciesThanThePolicyAllowsIsAWarningAtTheDomain() {
        MeshFixture ws = crossDomain();
        ValidationPolicy max1 = new ValidationPolicy(Map.of(), true,
                Map.of("mesh-cross-domain-dependencies", RuleOptions.NONE.withMax(1)));
        Diagnostic d = only(ws.check(max1), "mesh-cross-domain-dependencies").getFirst();
        assertEquals("marketing", at(ws, d));
        assertTrue(d.message().contains("depends on 2 products of other domains: shop (sales), pay (finance);"
                + " the workspace policy allows at most 1"), d.message());
    }

    @Test
    void withinTheBuiltInLimitOfThreeThereIsNoFinding() {
        assertEquals(List.of(), crossDomain().check());
    }

    // mesh-unknown-team, mesh-unknown-domain

    private static MeshFixture declared(String team, String domain) {
        return new MeshFixture().odcs("orders", "Shop Data", "active", "")
                .file("domains.yaml", """
                        domains:
                          - id: sales
                            name: Sales
                        teams:
                          - id: shop-data
                            name: Shop Data
                        """)
                .odps("shop", domain, team, "active", out("orders", "orders"));
    }

    @Test
    void aTeamOrDomainTheWorkspaceDoesNotDeclareIsAWarningWithTheCloseMatch() {
        MeshFixture ws = declared("Shop Dta", "sale");
        List<Diagnostic> found = ws.check();
        Diagnostic team = only(found, "mesh-unknown-team").getFirst();
        assertEquals("Shop Dta", at(ws, team));
        assertEquals("Team 'Shop Dta' is not declared in the workspace (did you mean 'shop-data'?); declared teams:"
                + " shop-data", team.message());
        assertEquals("Change to 'shop-data'", team.fixes().getFirst().title());
        Diagnostic domain = only(found, "mesh-unknown-domain").getFirst();
        assertEquals("sale", at(ws, domain));
        assertTrue(domain.message().startsWith("Domain 'sale' is not declared in the workspace (did you mean 'sales'?)"),
                domain.message());
    }

    @Test
    void declaredTeamsAndDomainsByIdOrNamePass() {
        assertEquals(List.of(), declared("shop-data", "Sales").check());
        assertEquals(List.of(), declared("Shop Data", "sales").check());
    }

    @Test
    void aWorkspaceThatDeclaresNoTeamsChecksNone() {
        MeshFixture ws = new MeshFixture().odcs("orders", "Anyone", "active", "")
                .odps("shop", "anywhere", "Anyone", "active", out("orders", "orders"));
        assertEquals(List.of(), ws.check());
    }

    // mesh-duplicate-product

    @Test
    void twoFilesDeclaringOneProductIdAreBothReportedAtTheirId() {
        MeshFixture ws = new MeshFixture().odcs("orders", "T", "active", "")
                .odps("shop", "sales", "T", "active", out("orders", "orders"))
                .file("products/copy.odps.yaml", "apiVersion: v1.0.0\nkind: DataProduct\nid: shop\nstatus: draft\n"
                        + out("orders", "orders"));
        List<Diagnostic> found = only(ws.check(), "mesh-duplicate-product");
        assertEquals(2, found.size(), found.toString());
        assertEquals(Severity.ERROR, found.getFirst().severity());
        assertEquals(3, found.getFirst().line());
        assertTrue(found.getFirst().message().contains("is also declared in " + MeshFixture.path("products/copy.odps.yaml")),
                found.getFirst().message());
    }

    @Test
    void distinctIdsPass() {
        MeshFixture ws = new MeshFixture().odcs("orders", "T", "active", "")
                .odps("shop", "sales", "T", "active", out("orders", "orders"))
                .file("products/copy.odps.yaml", "apiVersion: v1.0.0\nkind: DataProduct\nid: shop-2\nstatus: draft\n"
                        + out("orders", "orders"));
        assertEquals(List.of(), only(ws.check(), "mesh-duplicate-product"));
    }

    // policy: severity and off

    @Test
    void aScopedRuleOnlyConcernsProductsOfItsDomains() {
        MeshFixture ws = new MeshFixture().odcs("orders", "Shop Data", "active", "")
                .file("domains.yaml", "domains:\n  - id: sales\n    name: Sales & Marketing\n")
                .odps("shop", "Sales & Marketing", "Finance Data", "active", out("orders", "orders"));
        ValidationPolicy finance = new ValidationPolicy(Map.of(), true,
                Map.of("mesh-contract-owner-mismatch", RuleOptions.NONE.withScope(Set.of("finance"))));
        assertEquals(List.of(), ws.check(finance));
        ValidationPolicy sales = new ValidationPolicy(Map.of(), true,
                Map.of("mesh-contract-owner-mismatch", RuleOptions.NONE.withScope(Set.of("Sales"))));
        assertEquals(List.of("mesh-contract-owner-mismatch"), ws.check(sales).stream().map(Diagnostic::rule).toList(),
                "the product names its domain by the declared name; the scope by id");
    }

    @Test
    void thePolicyRegradesAndTurnsOffMeshRules() {
        MeshFixture ws = new MeshFixture().odcs("orders", "Shop Data", "active", "")
                .odps("shop", "sales", "Finance Data", "active", out("orders", "orders"));
        ValidationPolicy error = new ValidationPolicy(Map.of("mesh-contract-owner-mismatch", RuleLevel.ERROR), true);
        assertEquals(Severity.ERROR, ws.check(error).getFirst().severity());
        ValidationPolicy off = new ValidationPolicy(Map.of("mesh-contract-owner-mismatch", RuleLevel.OFF), true);
        assertEquals(List.of(), ws.check(off));
    }
}
