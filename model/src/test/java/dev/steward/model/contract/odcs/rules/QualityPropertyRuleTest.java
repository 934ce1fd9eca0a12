package dev.steward.model.contract.odcs.rules;

import static dev.steward.model.contract.ContractFixtures.ODCS_HEADER;
import static dev.steward.model.contract.ContractFixtures.applyFirstFix;
import static dev.steward.model.contract.ContractFixtures.odcs;
import static dev.steward.model.contract.ContractFixtures.of;
import static dev.steward.model.contract.ContractFixtures.only;
import static dev.steward.model.contract.ContractFixtures.underlined;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityPropertyRuleTest {

    private static String orders(String quality) {
        return ODCS_HEADER + """
                schema:
                  - name: orders
                    properties:
                      - name: order_id
                      - name: line_no
                    quality:
                """ + quality;
    }

    @Test
    void duplicateValuesOverExistingPropertiesAndSqlPlaceholdersAreFine() {
        String text = orders("""
                      - metric: duplicateValues
                        arguments:
                          properties: [order_id, line_no]
                        mustBe: 0
                      - type: sql
                        query: SELECT COUNT(*) FROM {object} WHERE {property} IS NULL AND nonexistent > 0
                        mustBe: 0
                """);
        assertEquals(List.of(), of(QualityPropertyRule.RULE, odcs(text)));
    }

    @Test
    void aPropertyTheObjectDoesNotHaveIsAnErrorWithARenameFix() {
        String text = orders("""
                      - metric: duplicateValues
                        type: library
                        arguments:
                          properties:
                            - order_id
                            - line_nr
                        mustBe: 0
                """);
        Diagnostic d = only(QualityPropertyRule.RULE, odcs(text));
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("line_nr", underlined(text, d));
        assertTrue(d.message().contains("'duplicateValues' quality rule names property 'line_nr', which schema object"
                + " 'orders' does not have; did you mean 'line_no'?"), d.message());
        assertEquals(List.of(), odcs(applyFirstFix(text, d)));
    }
}
