package dev.steward.model.contract.odcs.rules;

import static dev.steward.model.contract.ContractFixtures.ODCS_HEADER;
import static dev.steward.model.contract.ContractFixtures.odcs;
import static dev.steward.model.contract.ContractFixtures.lineOf;
import static dev.steward.model.contract.ContractFixtures.of;
import static dev.steward.model.contract.ContractFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import org.junit.jupiter.api.Test;

class DuplicateNameRuleTest {

    @Test
    void distinctNamesAndTheSameColumnNameInTwoTablesAreFine() {
        String text = ODCS_HEADER + """
                schema:
                  - name: orders
                    id: orders_tbl
                    properties:
                      - name: id
                        id: order_id
                      - name: amount
                  - name: customers
                    id: customers_tbl
                    properties:
                      - name: id
                        id: customer_id
                """;
        assertEquals(0, of(DuplicateNameRule.NAME, odcs(text)).size() + of(DuplicateNameRule.ID, odcs(text)).size());
    }

    @Test
    void aSchemaObjectDefinedTwiceIsReportedAtTheSecondOne() {
        String text = ODCS_HEADER + """
                schema:
                  - name: orders
                  - name: customers
                  - name: orders
                """;
        Diagnostic d = only(DuplicateNameRule.NAME, odcs(text));
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(lineOf(text, "name: orders", 2), d.line());
        assertEquals(11, d.column());
        assertTrue(d.message().contains("'orders'")
                && d.message().contains("first at line " + lineOf(text, "name: orders", 1)), d.message());
    }

    @Test
    void aPropertyRepeatedInOneObjectIsReported() {
        String text = ODCS_HEADER + """
                schema:
                  - name: orders
                    properties:
                      - name: amount
                      - name: currency
                      - name: amount
                """;
        Diagnostic d = only(DuplicateNameRule.NAME, odcs(text));
        assertEquals(lineOf(text, "name: amount", 2), d.line());
        assertTrue(d.message().contains("Property name 'amount'") && d.message().contains("schema object 'orders'"), d.message());
    }

    @Test
    void nestedPropertiesAreCheckedWithinTheirParent() {
        String text = ODCS_HEADER + """
                schema:
                  - name: customers
                    properties:
                      - name: address
                        logicalType: object
                        properties:
                          - name: city
                          - name: city
                """;
        Diagnostic d = only(DuplicateNameRule.NAME, odcs(text));
        assertTrue(d.message().contains("property 'address'"), d.message());
    }

    @Test
    void repeatedIdsAmongSiblingsAreReported() {
        String text = ODCS_HEADER + """
                schema:
                  - name: orders
                    id: tbl
                  - name: customers
                    id: tbl
                """;
        Diagnostic d = only(DuplicateNameRule.ID, odcs(text));
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(lineOf(text, "id: tbl", 2), d.line());
    }
}
