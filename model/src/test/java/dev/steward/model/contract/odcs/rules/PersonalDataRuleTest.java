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

class PersonalDataRuleTest {

    @Test
    void classifiedPersonalDataAndOrdinaryNamesAreFine() {
        String text = ODCS_HEADER + """
                schema:
                  - name: customers
                    properties:
                      - name: email
                        classification: restricted
                      - name: has_email
                        logicalType: boolean
                      - name: order_count
                      - name: billing_address_id
                """;
        assertEquals(List.of(), of(PersonalDataRule.RULE, odcs(text)));
    }

    @Test
    void anUnclassifiedEmailIsAWarningAndTheFixAddsAClassificationUnderTheName() {
        String text = ODCS_HEADER + """
                schema:
                  - name: customers
                    properties:
                      - id: email_prop
                        name: customerEmail
                        logicalType: string
                        description: Where we send receipts
                """;
        Diagnostic d = only(PersonalDataRule.RULE, odcs(text));
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("customerEmail", underlined(text, d));
        assertTrue(d.message().startsWith("Property 'customerEmail' looks like personal data (email) but has no classification"),
                d.message());
        String fixed = applyFirstFix(text, d);
        assertTrue(fixed.contains("""
                        name: customerEmail
                        classification: restricted
                        logicalType: string
                """), fixed);
        assertEquals(List.of(), odcs(fixed));
    }

    @Test
    void nestedAndFlowStylePropertiesAreCheckedAndFixed() {
        String text = ODCS_HEADER + """
                schema:
                  - name: customers
                    properties:
                      - name: profile
                        logicalType: object
                        properties:
                          - {name: date_of_birth, logicalType: date}
                """;
        Diagnostic d = only(PersonalDataRule.RULE, odcs(text));
        assertTrue(d.message().contains("'date_of_birth'") && d.message().contains("(dateofbirth)"), d.message());
        String fixed = applyFirstFix(text, d);
        assertTrue(fixed.contains("{name: date_of_birth, logicalType: date, classification: restricted}"), fixed);
        assertEquals(List.of(), odcs(fixed));
    }
}
