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

class SlaElementRuleTest {

    private static final String TWO_TABLES = ODCS_HEADER + """
            schema:
              - name: orders
                id: orders_tbl
                physicalName: tbl_orders
                properties:
                  - name: order_ts
                    id: order_ts_prop
                    physicalName: ord_ts
                  - name: amount
              - name: customers
                properties:
                  - name: updated_at
            """;

    @Test
    void tablesColumnsPhysicalNamesAndListsResolve() {
        String text = TWO_TABLES + """
                slaDefaultElement: orders.order_ts
                slaProperties:
                  - property: latency
                    value: 4
                    unit: h
                    element: orders.order_ts
                  - property: retention
                    value: P1Y
                    element: tbl_orders.ord_ts, customers.updated_at
                  - property: frequency
                    value: 1
                    unit: d
                    element: customers
                  - property: freshness
                    value: 1
                    unit: h
                    element: schema/orders_tbl/properties/order_ts_prop
                """;
        assertEquals(List.of(), of(SlaElementRule.RULE, odcs(text)));
    }

    @Test
    void aBareColumnIsEnoughWhenThereIsOneTable() {
        String text = ODCS_HEADER + """
                schema:
                  - name: orders
                    properties:
                      - name: order_ts
                slaProperties:
                  - property: latency
                    value: 4
                    unit: h
                    element: order_ts
                """;
        assertEquals(List.of(), of(SlaElementRule.RULE, odcs(text)));
    }

    @Test
    void anUnknownColumnInAListIsUnderlinedAndRenamed() {
        String text = TWO_TABLES + """
                slaProperties:
                  - property: latency
                    value: 4
                    unit: h
                    element: orders.amount, orders.order_tss
                """;
        Diagnostic d = only(SlaElementRule.RULE, odcs(text));
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("order_tss", underlined(text, d));
        assertTrue(d.message().contains("schema object 'orders' has no property 'order_tss'; did you mean 'order_ts'?"), d.message());
        assertEquals(List.of(), odcs(applyFirstFix(text, d)));
    }

    @Test
    void aQualifiedElementWithAnUnknownIdIsReported() {
        String text = TWO_TABLES + """
                slaProperties:
                  - property: latency
                    value: 4
                    unit: h
                    element: schema/orders_tbl/properties/order_ts_prp
                """;
        Diagnostic d = only(SlaElementRule.RULE, odcs(text));
        assertEquals("order_ts_prp", underlined(text, d));
        assertTrue(d.message().contains("did you mean 'order_ts_prop'?"), d.message());
    }

    @Test
    void anUnknownTableIsReported() {
        String text = TWO_TABLES + """
                slaProperties:
                  - property: latency
                    value: 4
                    unit: h
                    element: tab1.txn_ref_dt
                """;
        Diagnostic d = only(SlaElementRule.RULE, odcs(text));
        assertEquals("tab1", underlined(text, d));
        assertTrue(d.message().startsWith("SLA element 'tab1.txn_ref_dt': no schema object 'tab1' in this contract"), d.message());
    }
}
