package dev.steward.model.diff.contract;

import static dev.steward.model.diff.contract.ContractDiffs.assertRule;
import static dev.steward.model.diff.contract.ContractDiffs.at;
import static dev.steward.model.diff.contract.ContractDiffs.odcs;
import static dev.steward.model.diff.contract.ContractDiffs.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.diff.ChangeKind;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules on ODCS schema objects, quality rules and the contract's own keys. */
class OdcsObjectRulesTest {

    private static final String ORDERS = "schema:\n  - name: orders\n    physicalType: table\n    properties:\n"
            + "      - name: id\n      - name: amount\n";

    @Test
    void removingASchemaObjectIsOneBreakingChangeNotOnePerProperty() {
        SemanticChange c = single(odcs(ORDERS, "schema: []\n"));
        assertRule(c, "schema-object-removed", ChangeSeverity.BREAKING);
        assertEquals("schema.orders", c.element());
        assertEquals(Optional.of("contract:orders/orders"), c.subject());
    }

    @Test
    void aNewSchemaObjectIsInfo() {
        SemanticChange c = single(odcs(ORDERS, ORDERS + "  - name: customers\n    properties:\n      - name: id\n"));
        assertRule(c, "schema-object-added", ChangeSeverity.INFO);
        assertEquals(ChangeKind.ADDED, c.change());
    }

    @Test
    void aSchemaObjectRenamedUnderItsIdIsARename() {
        SemanticChange c = single(odcs(ORDERS.replace("    physicalType", "    id: ord\n    physicalType"),
                ORDERS.replace("name: orders\n", "name: sales\n    id: ord\n")));
        assertRule(c, "schema-object-renamed", ChangeSeverity.BREAKING);
        assertEquals("schema.sales", c.element());
        assertEquals("schema object `orders` renamed to `sales` (same id; consumers read it by name)", c.message());
    }

    @Test
    void changingAnObjectsTypeBreaks() {
        assertRule(single(odcs(ORDERS, ORDERS.replace("physicalType: table", "physicalType: view"))), "object-type-changed",
                ChangeSeverity.BREAKING);
        assertRule(single(odcs(ORDERS, ORDERS.replace("    physicalType: table\n", ""))), "attribute-changed", ChangeSeverity.INFO);
    }

    @Test
    void qualityRulesAddedAreInfoRemovedOrChangedAreWarnings() {
        String rule = "    quality:\n      - metric: rowCount\n        mustBeGreaterThan: 0\n";
        assertRule(single(odcs(ORDERS, ORDERS + rule)), "quality-rule-added", ChangeSeverity.INFO);
        assertRule(single(odcs(ORDERS + rule, ORDERS)), "quality-rule-removed", ChangeSeverity.WARNING);
        SemanticChange changed = single(odcs(ORDERS + rule, ORDERS + rule.replace("0\n", "10\n")));
        assertRule(changed, "quality-rule-changed", ChangeSeverity.WARNING);
        assertEquals("schema.orders.quality.rowCount.mustBeGreaterThan", changed.element());
        assertEquals("quality rule `rowCount` of schema object `orders` mustBeGreaterThan 0 → 10", changed.message());
        String named = "    quality:\n      - id: q1\n        metric: rowCount\n        description: a\n";
        assertRule(single(odcs(ORDERS + named, ORDERS + named.replace("description: a", "description: b"))),
                "description-changed", ChangeSeverity.INFO);
    }

    @Test
    void objectRelationshipsAreKeyedByFromAndTo() {
        String rel = "    relationships:\n      - from: orders.customer_id\n        to: customers.id\n";
        SemanticChange c = single(odcs(ORDERS, ORDERS + rel));
        assertRule(c, "relationship-changed", ChangeSeverity.WARNING);
        assertEquals("schema.orders.relationships.orders.customer_id→customers.id", c.element());
    }

    @Test
    void contractIdStatusVersionAndSpecChanges() {
        assertRule(single(ContractDiffs.diff("id: a\nversion: 1.0.0\n", "id: b\nversion: 1.0.0\n")), "contract-id-changed",
                ChangeSeverity.BREAKING);
        String head = ContractDiffs.ODCS_HEAD + "version: 1.0.0\n";
        assertRule(single(ContractDiffs.diff(head, head.replace("status: active", "status: deprecated"))), "status-changed",
                ChangeSeverity.WARNING);
        assertRule(single(ContractDiffs.diff(head, head.replace("version: 1.0.0", "version: 1.0.1"))), "version-changed",
                ChangeSeverity.INFO);
        assertRule(single(ContractDiffs.diff(head, head.replace("v3.1.0", "v3.0.2"))), "spec-version-changed", ChangeSeverity.INFO);
        SemanticChange purpose = single(odcs("description:\n  purpose: a\n", "description:\n  purpose: b\n"));
        assertRule(purpose, "description-changed", ChangeSeverity.INFO);
        assertEquals("description.purpose", purpose.element());
    }

    @Test
    void unknownKeysAndExtensionsAreDiffedToo() {
        SemanticChange c = single(odcs("x-owner-note: a\n", "x-owner-note: b\n"));
        assertRule(c, "attribute-changed", ChangeSeverity.INFO);
        assertEquals("x-owner-note", c.element());
    }

    @Test
    void removalsComeAtTheirBasePositionAmongHeadsChanges() {
        String before = "schema:\n  - name: orders\n    properties:\n      - name: a\n        description: x\n"
                + "      - name: b\n      - name: c\n        description: x\n";
        String after = "schema:\n  - name: orders\n    properties:\n      - name: a\n        description: y\n"
                + "      - name: c\n        description: y\n";
        List<String> elements = odcs(before, after).stream().map(SemanticChange::element).toList();
        assertEquals(List.of("schema.orders.properties.a.description", "schema.orders.properties.b",
                "schema.orders.properties.c.description"), elements);
    }

    @Test
    void changesPointAtTheirTextInBothRevisions() {
        String before = ContractDiffs.ODCS_HEAD + "version: 1.0.0\n" + OdcsPropertyRulesTest.amount("logicalType: number");
        String after = ContractDiffs.ODCS_HEAD + "version: 1.0.0\n" + OdcsPropertyRulesTest.amount("logicalType: string");
        SemanticChange c = at(ContractDiffs.diff(before, after), "schema.orders.properties.amount.logicalType");
        assertEquals("number", before.substring(c.baseRange().orElseThrow().startOffset(), c.baseRange().orElseThrow().endOffset()));
        assertEquals("string", after.substring(c.headRange().orElseThrow().startOffset(), c.headRange().orElseThrow().endOffset()));
    }
}
