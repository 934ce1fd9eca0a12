package dev.steward.model.diff.product;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules not covered by {@link DataProductDiffTest}, one edit of the ODPS or DPS fixture each. */
class DataProductRuleTableTest {

    @ParameterizedTest(name = "{3}: {1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ODPS | id: orders-product          | id: orders                                       | product-id-changed          | BREAKING
            ODPS | name: Orders                | name: All orders                                 | product-name-changed        | INFO
            DPS  | title: Shelf Warmers        | title: Slow sellers                              | product-name-changed        | INFO
            ODPS | version: 1.0.0\\nstatus     | version: 1.1.0\\nstatus                          | product-version-changed     | INFO
            ODPS | domain: sales               | domain: finance                                  | product-domain-changed      | WARNING
            DPS  | description: Products that do not sell. | description: Unsold products.        | description-changed         | INFO
            ODPS | status: active              | status: active\\ntags: [sales]                   | metadata-changed            | INFO
            DPS  | containsPii: false          | containsPii: false\\n    status: deprecated      | output-port-status-changed  | WARNING
            DPS  | containsPii: false          | containsPii: false\\n    autoApprove: true       | output-port-access-changed  | INFO
            ODPS | description: Cleaned orders. | description: Cleaned orders.\\n    inputContracts:\\n      - id: raw-orders-contract | output-port-inputs-changed | INFO
            ODPS | contractId: raw-orders-contract | contractId: raw-orders-v2                    | input-port-source-changed   | WARNING
            ODPS | version: 1.0.0\\n    contractId: raw | version: 1.2.0\\n    contractId: raw      | input-port-version-changed  | INFO
            ODPS | version: 1.0.0\\n    contractId: raw | version: 2.0.0\\n    contractId: raw      | input-port-version-changed  | WARNING
            DPS  | sourceSystemId: stock-system | sourceSystemId: stock-system\\n    type: kafka   | input-port-changed          | INFO
            ODPS | type: topic                 | type: topic\\n    sbom:\\n      - type: external\\n        url: https://example.com/sbom | metadata-changed | INFO
            """)
    void eachRuleHasItsSeverity(String fixture, String from, String to, String rule, ChangeSeverity severity) {
        String before = fixture.equals("ODPS") ? DataProductDiffTest.ODPS : DataProductDiffTest.DPS;
        String after = DataProductDiffTest.edit(before, from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        SemanticChange c = DataProductDiffTest.single(before, after);
        assertEquals(rule, c.rule(), c::toString);
        assertEquals(severity, c.severity(), c::toString);
    }
}
