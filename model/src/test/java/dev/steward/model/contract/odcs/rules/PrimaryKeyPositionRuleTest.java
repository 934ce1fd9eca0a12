package dev.steward.model.contract.odcs.rules;

import static dev.steward.model.contract.ContractFixtures.ODCS_HEADER;
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

class PrimaryKeyPositionRuleTest {

    private static String table(String properties) {
        return ODCS_HEADER + """
                schema:
                  - name: order_lines
                    properties:
                """ + properties;
    }

    /** order_id and line_no, both in the key, at the given positions (a position of null: none). */
    private static String twoKeyColumns(Integer orderIdPosition, Integer lineNoPosition) {
        return table(keyColumn("order_id", orderIdPosition) + keyColumn("line_no", lineNoPosition));
    }

    private static String keyColumn(String name, Integer position) {
        return "      - name: " + name + "\n        primaryKey: true\n"
                + (position == null ? "" : "        primaryKeyPosition: " + position + "\n");
    }

    @Test
    void aCompositeKeyNumberedOneToNAndMinusOneOutsideTheKeyAreFine() {
        String text = table("""
                      - name: order_id
                        primaryKey: true
                        primaryKeyPosition: 1
                      - name: line_no
                        primaryKey: true
                        primaryKeyPosition: 2
                      - name: amount
                        primaryKey: false
                        primaryKeyPosition: -1
                """);
        assertEquals(List.of(), of(PrimaryKeyPositionRule.RULE, odcs(text)));
    }

    @Test
    void aSingleKeyColumnNeedsNoPosition() {
        assertEquals(List.of(), of(PrimaryKeyPositionRule.RULE, odcs(table(keyColumn("order_id", null)))));
    }

    @Test
    void aRepeatedPositionIsAnError() {
        String text = twoKeyColumns(1, 1);
        Diagnostic d = only(PrimaryKeyPositionRule.RULE, odcs(text));
        assertEquals(Severity.ERROR, d.severity());
        assertTrue(d.message().contains("primaryKeyPosition 1 is used by both 'order_id'") && d.message().contains("'line_no'"),
                d.message());
    }

    @Test
    void aGapInThePositionsIsAnError() {
        String text = twoKeyColumns(1, 3);
        Diagnostic d = only(PrimaryKeyPositionRule.RULE, odcs(text));
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("3", underlined(text, d));
        assertTrue(d.message().contains("no position 2; number the key columns 1 to 2"), d.message());
    }

    @Test
    void positionsCountFromOne() {
        String text = twoKeyColumns(0, 1);
        Diagnostic d = only(PrimaryKeyPositionRule.RULE, odcs(text));
        assertEquals("0", underlined(text, d));
        assertEquals("primaryKeyPosition counts from 1, not 0: number the 2 key columns of 'order_lines' 1 to 2", d.message());
    }

    @Test
    void aPositionOutsideTheKeyIsAWarning() {
        String text = table("""
                      - name: order_id
                        primaryKeyPosition: 1
                """);
        Diagnostic d = only(PrimaryKeyPositionRule.RULE, odcs(text));
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().contains("'order_id' has primaryKeyPosition 1 but is not part of the primary key"), d.message());
    }

    @Test
    void aKeyColumnWithoutPositionBesideNumberedOnesIsAWarning() {
        String text = twoKeyColumns(1, null);
        Diagnostic d = only(PrimaryKeyPositionRule.RULE, odcs(text));
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("line_no", underlined(text, d));
    }
}
