package dev.steward.model.contract.odcs.rules;

import static dev.steward.model.contract.ContractFixtures.ODCS_HEADER;
import static dev.steward.model.contract.ContractFixtures.applyFirstFix;
import static dev.steward.model.contract.ContractFixtures.odcs;
import static dev.steward.model.contract.ContractFixtures.of;
import static dev.steward.model.contract.ContractFixtures.only;
import static dev.steward.model.contract.ContractFixtures.parse;
import static dev.steward.model.contract.ContractFixtures.underlined;
import static dev.steward.model.contract.ContractFixtures.validate;
import static dev.steward.model.contract.ContractFixtures.workspace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.contract.odcs.OdcsValidator;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.validation.WorkspaceIndex;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationshipRuleTest {

    private static final String CUSTOMERS = """
              - name: customers
                id: customers_tbl
                properties:
                  - name: customer_id
                    id: cust_id
                  - name: region
                    id: cust_region
                  - name: address
                    id: cust_address
                    logicalType: object
                    classification: restricted
                    properties:
                      - name: city
                        id: addr_city
            """;

    private static String orders(String relationships) {
        return ODCS_HEADER + "schema:\n" + CUSTOMERS + """
                  - name: orders
                    id: orders_tbl
                    properties:
                      - name: order_id
                        id: order_id
                      - name: customer_id
                        id: customer_id
                      - name: customer_region
                        id: customer_region
                """ + relationships;
    }

    @Test
    void referencesThatExistAreAcceptedInEveryNotation() {
        String text = orders("""
                    relationships:
                      - from: orders.customer_id
                        to: customers.customer_id
                      - from: [orders.customer_id, orders.customer_region]
                        to: [customers.customer_id, customers.region]
                      - from: schema/orders_tbl/properties/customer_id
                        to: schema/customers_tbl/properties/cust_id
                      - from: orders.customer_region
                        to: customers.address.city
                      - from: orders.customer_region
                        to: schema/customers_tbl/properties/cust_address/properties/addr_city
                      - from: orders.order_id
                        to: https://example.com/other.odcs.yaml#/schema/x/properties/y
                """);
        List<Diagnostic> found = odcs(text);
        assertEquals(List.of(), of(RelationshipRule.TARGET, found));
        assertEquals(List.of(), of(RelationshipRule.ARITY, found));
    }

    @Test
    void aTypoInAColumnIsUnderlinedAndTheFixMakesTheContractClean() {
        String text = ODCS_HEADER + "schema:\n" + CUSTOMERS + """
                  - name: orders
                    properties:
                      - name: customer_id
                        relationships:
                          - to: customers.custmer_id
                """;
        Diagnostic d = only(RelationshipRule.TARGET, odcs(text));
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("custmer_id", underlined(text, d));
        assertEquals("Relationship target 'customers.custmer_id': schema object 'customers' has no property 'custmer_id';"
                + " did you mean 'customer_id'?", d.message());
        String fixed = applyFirstFix(text, d);
        assertTrue(fixed.contains("- to: customers.customer_id\n"), fixed);
        assertEquals(List.of(), odcs(fixed));
    }

    @Test
    void aTableFoundNowhereIsReportedWithTheTableUnderlined() {
        String text = orders("""
                    relationships:
                      - from: orders.customer_id
                        to: "custmers.customer_id"
                """);
        Diagnostic d = only(RelationshipRule.TARGET, odcs(text));
        assertEquals("custmers", underlined(text, d));
        assertTrue(d.message().contains("no schema object 'custmers' in this contract or in the workspace; did you mean 'customers'?"),
                d.message());
        assertEquals(List.of(), odcs(applyFirstFix(text, d)));
    }

    @Test
    void qualifiedReferencesReportTheIdThatDoesNotResolve() {
        String text = orders("""
                    relationships:
                      - from: schema/orders_tbl/properties/customer_id
                        to: schema/customers_tbl/properties/cust_idd
                      - from: schema/orders_tbl/properties/customer_id
                        to: schema/customer_tbl/properties/cust_id
                      - from: schema/orders_tbl/properties/customer_id
                        to: schema/customers_tbl/columns/cust_id
                """);
        List<Diagnostic> found = of(RelationshipRule.TARGET, odcs(text));
        assertEquals(3, found.size(), found::toString);
        assertEquals("cust_idd", underlined(text, found.get(0)));
        assertTrue(found.get(0).message().contains("has no property with id 'cust_idd'; did you mean 'cust_id'?"));
        assertEquals("customer_tbl", underlined(text, found.get(1)));
        assertTrue(found.get(1).message().contains("no schema object with id 'customer_tbl'"));
        assertTrue(found.get(2).message().contains("expected '/properties/<id>'"), found.get(2).message());
    }

    @Test
    void compositeKeysMustPairListsOfEqualLength() {
        String text = orders("""
                    relationships:
                      - from: [orders.customer_id, orders.customer_region]
                        to: [customers.customer_id, customers.region, customers.address.city]
                      - from: [orders.customer_id, orders.customer_region]
                        to: customers.customer_id
                """);
        List<Diagnostic> found = of(RelationshipRule.ARITY, odcs(text));
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.stream().allMatch(d -> d.severity() == Severity.ERROR));
        assertTrue(found.get(0).message().contains("'from' lists 2 properties but 'to' lists 3"), found.get(0).message());
        assertTrue(found.get(1).message().contains("'from' is a list of 2 but 'to' is a single reference"), found.get(1).message());
    }

    @Test
    void aPropertyLevelRelationshipHasOneTarget() {
        String text = ODCS_HEADER + "schema:\n" + CUSTOMERS + """
                  - name: orders
                    properties:
                      - name: customer_id
                        relationships:
                          - to: [customers.customer_id, customers.region]
                """;
        Diagnostic d = only(RelationshipRule.ARITY, odcs(text));
        assertTrue(d.message().contains("'to' lists 2 targets"), d.message());
    }

    @Test
    void referencesResolveInOtherContractsOfTheWorkspace() {
        Path dir = Path.of("ws", "contracts").toAbsolutePath();
        Path customersPath = dir.resolve("customers.odcs.yaml");
        String customers = ODCS_HEADER.replace("orders-contract", "customers-contract") + "schema:\n" + CUSTOMERS;
        WorkspaceIndex index = new WorkspaceIndex(dir.getParent());
        new OdcsValidator().summarize(parse(customersPath, customers)).ifPresent(index::put);
        ValidationContext context = workspace(index);
        Path ordersPath = dir.resolve("orders.odcs.yaml");

        String good = ODCS_HEADER + """
                schema:
                  - name: orders
                    properties:
                      - name: customer_id
                        relationships:
                          - to: customers.customer_id
                          - to: customers.odcs.yaml#/schema/customers_tbl/properties/cust_id
                """;
        // (a nested cross-file shorthand such as 'x.yaml#customers.address.city' is not a reference
        // form the standard allows; the structural checker reports it, as the ODCS schema does)
        assertEquals(List.of(), validate(new OdcsValidator(), ordersPath, good, context));

        String bad = ODCS_HEADER + """
                schema:
                  - name: orders
                    properties:
                      - name: customer_id
                        relationships:
                          - to: customers.customer_key
                          - to: customers.odcs.yaml#/schema/customers_tbl/properties/cust_idx
                          - to: payments.odcs.yaml#/schema/payments_tbl
                """;
        List<Diagnostic> found = of(RelationshipRule.TARGET, validate(new OdcsValidator(), ordersPath, bad, context));
        assertEquals(3, found.size(), found::toString);
        assertTrue(found.get(0).message().contains("schema object 'customers' in 'customers.odcs.yaml' has no property 'customer_key'"),
                found.get(0).message());
        assertTrue(found.get(1).message().contains("has no property with id 'cust_idx'; did you mean 'cust_id'?"), found.get(1).message());
        assertEquals("payments.odcs.yaml", underlined(bad, found.get(2)));
        assertTrue(found.get(2).message().contains("no contract 'payments.odcs.yaml' in the workspace"), found.get(2).message());
    }

    @Test
    void withoutAWorkspaceReferencesToOtherFilesAreNotGuessedAt() {
        String text = ODCS_HEADER + """
                schema:
                  - name: orders
                    properties:
                      - name: customer_id
                        relationships:
                          - to: customers.odcs.yaml#/schema/customers_tbl/properties/cust_id
                """;
        assertEquals(List.of(), of(RelationshipRule.TARGET, odcs(text)));
    }

    /** customers(customer_id integer, region string) and orders whose customer_id has {@code customerIdType}. */
    private static String typed(String customerIdType, String relationships) {
        return ODCS_HEADER + """
                schema:
                  - name: customers
                    properties:
                      - name: customer_id
                        logicalType: integer
                      - name: region
                        logicalType: string
                  - name: orders
                    properties:
                      - name: customer_id
                        logicalType: %s
                        relationships:
                          - to: customers.customer_id
                      - name: region
                        logicalType: string
                      - name: note
                        relationships:
                          - to: customers.region
                    relationships:
                """.formatted(customerIdType) + relationships;
    }

    @Test
    void pairedEndsOfTheSameOrCompatibleTypesAreFine() {
        String text = typed("number", """
                      - from: [orders.customer_id, orders.region]
                        to: [customers.customer_id, customers.region]
                """);
        assertEquals(List.of(), of(RelationshipRule.TYPE, odcs(text)));
    }

    @Test
    void endsOfDifferentTypesAreAWarningOnTheTarget() {
        String text = typed("string", """
                      - from: [orders.region, orders.customer_id]
                        to: [customers.region, customers.customer_id]
                """);
        List<Diagnostic> found = of(RelationshipRule.TYPE, odcs(text)).stream()
                .sorted(java.util.Comparator.comparingInt(d -> d.range().startOffset())).toList();
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.stream().allMatch(d -> d.severity() == Severity.WARNING));
        assertEquals("Relationship from 'orders.customer_id' (string) to 'customers.customer_id' (integer): the logical types"
                + " differ, so the key compares unlike values; make both ends the same type", found.get(0).message());
        assertEquals("customers.customer_id", underlined(text, found.get(0)));
        assertTrue(found.get(1).message().startsWith("Relationship from 'orders.customer_id' (string)"), found.get(1).message());
        assertEquals(text.lastIndexOf("customers.customer_id"), found.get(1).range().startOffset());
    }

    @Test
    void anOlderCopyOfThisFileInTheIndexIsNeitherATargetNorASuggestion() {
        Path path = Path.of("ws", "orders.odcs.yaml").toAbsolutePath();
        String before = ODCS_HEADER + "schema:\n" + CUSTOMERS;
        WorkspaceIndex index = new WorkspaceIndex(path.getParent());
        new OdcsValidator().summarize(parse(path, before)).ifPresent(index::put);
        String now = ODCS_HEADER + """
                schema:
                  - name: clients
                    properties:
                      - name: id
                  - name: orders
                    properties:
                      - name: customer_id
                        relationships:
                          - to: customers.customer_id
                          - to: customer.customer_id
                """;
        List<Diagnostic> found = of(RelationshipRule.TARGET, validate(new OdcsValidator(), path, now, workspace(index)));
        assertEquals(List.of("Relationship target 'customers.customer_id': no schema object 'customers' in this contract or in"
                        + " the workspace",
                "Relationship target 'customer.customer_id': no schema object 'customer' in this contract or in the workspace"),
                found.stream().map(Diagnostic::message).toList());
    }
}
