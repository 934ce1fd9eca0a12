package dev.steward.model.diff.contract;

import static dev.steward.model.diff.contract.ContractDiffs.assertRule;
import static dev.steward.model.diff.contract.ContractDiffs.at;
import static dev.steward.model.diff.contract.ContractDiffs.odcs;
import static dev.steward.model.diff.contract.ContractDiffs.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.diff.ChangeKind;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules on ODCS properties: each a before/after pair of one contract. */
class OdcsPropertyRulesTest {

    private static final String AMOUNT = "schema.orders.properties.amount";

    /** A contract whose object {@code orders} has property {@code amount} with {@code lines}. */
    static String amount(String... lines) {
        return "schema:\n  - name: orders\n    properties:\n      - name: amount\n"
                + Arrays.stream(lines).map(l -> "        " + l + "\n").collect(Collectors.joining());
    }

    private static SemanticChange change(String[] before, String[] after) {
        return single(odcs(amount(before), amount(after)));
    }

    private static String[] lines(String... l) {
        return l;
    }

    @Test
    void removingAPropertyBreaksAndNamesItsLineageNode() {
        SemanticChange c = single(odcs(amount("logicalType: number") + "      - name: status\n        logicalType: string\n",
                amount("logicalType: number")));
        assertRule(c, "property-removed", ChangeSeverity.BREAKING);
        assertEquals("schema.orders.properties.status", c.element());
        assertEquals(ChangeKind.REMOVED, c.change());
        assertEquals(Optional.of("contract:orders/orders/status"), c.subject());
        assertEquals("property `orders.status` removed", c.message());
        assertEquals(Optional.empty(), c.headRange());
    }

    @Test
    void anOptionalNewPropertyIsInfoARequiredOneBreaks() {
        SemanticChange optional = single(odcs(amount(), amount() + "      - name: note\n"));
        assertRule(optional, "property-added", ChangeSeverity.INFO);
        SemanticChange required = single(odcs(amount(), amount() + "      - name: note\n        required: true\n"));
        assertRule(required, "required-property-added", ChangeSeverity.BREAKING);
    }

    @Test
    void aPropertyRenamedUnderTheSameIdIsOneRenameWithItsOwnChanges() {
        List<SemanticChange> changes = odcs(amount("id: amt", "logicalType: number"),
                "schema:\n  - name: orders\n    properties:\n      - name: total\n        id: amt\n        logicalType: integer\n");
        assertEquals(2, changes.size(), ContractDiffs.render(changes));
        SemanticChange rename = at(changes, "schema.orders.properties.total");
        assertRule(rename, "property-renamed", ChangeSeverity.BREAKING);
        assertEquals(ChangeKind.RENAMED, rename.change());
        assertEquals(Optional.of("amount"), rename.before());
        assertEquals(Optional.of("total"), rename.after());
        assertRule(at(changes, "schema.orders.properties.total.logicalType"), "property-type-changed", ChangeSeverity.BREAKING);
    }

    @Test
    void theSameNameUnderDifferentIdsIsAnotherProperty() {
        List<SemanticChange> changes = odcs(amount("id: a1"), amount("id: a2"));
        assertEquals(List.of("property-removed", "property-added"), changes.stream().map(SemanticChange::rule).toList());
    }

    @Test
    void reorderedPropertiesAreNoChange() {
        String ab = "schema:\n  - name: orders\n    properties:\n      - name: a\n      - name: b\n";
        String ba = "schema:\n  - name: orders\n    properties:\n      - name: b\n      - name: a\n";
        assertEquals(List.of(), odcs(ab, ba));
    }

    @Test
    void logicalAndPhysicalTypeChangesBreakADeclaredTypeIsAWarning() {
        assertRule(change(lines("logicalType: number"), lines("logicalType: string")), "property-type-changed", ChangeSeverity.BREAKING);
        assertEquals("property `orders.amount` logicalType number → string",
                change(lines("logicalType: number"), lines("logicalType: string")).message());
        SemanticChange widened = change(lines("physicalType: DECIMAL(10,2)"), lines("physicalType: decimal(12, 2)"));
        assertRule(widened, "physical-type-widened", ChangeSeverity.WARNING);
        assertEquals("property `orders.amount` physicalType DECIMAL(10,2) → decimal(12, 2) (widened)", widened.message());
        assertRule(change(lines(), lines("physicalType: INT")), "property-type-added", ChangeSeverity.WARNING);
        assertRule(change(lines("physicalType: DECIMAL(12,2)"), lines("physicalType: DECIMAL(10,2)")), "property-type-changed",
                ChangeSeverity.BREAKING);
        assertRule(change(lines("physicalType: DECIMAL(10,2)"), lines("physicalType: DECIMAL(10,4)")), "property-type-changed",
                ChangeSeverity.BREAKING);
        assertRule(change(lines("physicalType: VARCHAR(12)"), lines("physicalType: TEXT")), "property-type-changed",
                ChangeSeverity.BREAKING);
        assertRule(change(lines("physicalType: INT"), lines()), "property-type-removed", ChangeSeverity.WARNING);
    }

    @Test
    void makingAPropertyRequiredBreaksMakingItOptionalIsAWarning() {
        assertRule(change(lines("required: false"), lines("required: true")), "required-added", ChangeSeverity.BREAKING);
        assertRule(change(lines(), lines("required: true")), "required-added", ChangeSeverity.BREAKING);
        assertRule(change(lines("required: true"), lines()), "required-removed", ChangeSeverity.WARNING);
        assertRule(change(lines(), lines("required: false")), "explicit-default", ChangeSeverity.INFO);
    }

    @Test
    void makingAPropertyUniqueBreaks() {
        assertRule(change(lines("unique: false"), lines("unique: true")), "unique-added", ChangeSeverity.BREAKING);
        assertRule(change(lines("unique: true"), lines("unique: false")), "unique-removed", ChangeSeverity.WARNING);
    }

    @Test
    void changingThePrimaryKeyBreaks() {
        assertRule(change(lines("primaryKey: false"), lines("primaryKey: true")), "primary-key-changed", ChangeSeverity.BREAKING);
        assertRule(change(lines("primaryKey: true", "primaryKeyPosition: 1"), lines("primaryKey: true", "primaryKeyPosition: 2")),
                "primary-key-changed", ChangeSeverity.BREAKING);
        assertRule(change(lines(), lines("primaryKey: false")), "explicit-default", ChangeSeverity.INFO);
    }

    @Test
    void removingOrChangingClassificationBreaksAddingOneIsAWarning() {
        assertRule(change(lines("classification: restricted"), lines("classification: public")), "classification-changed",
                ChangeSeverity.BREAKING);
        assertRule(change(lines("classification: restricted"), lines()), "classification-removed", ChangeSeverity.BREAKING);
        assertRule(change(lines(), lines("classification: restricted")), "classification-added", ChangeSeverity.WARNING);
    }

    @Test
    void removingAnEnumValueBreaksAddingOneLoosens() {
        SemanticChange removed = change(lines("enum: [a, b]"), lines("enum: [a]"));
        assertRule(removed, "enum-value-removed", ChangeSeverity.BREAKING);
        assertEquals(Optional.of("b"), removed.before());
        assertRule(change(lines("enum: [a]"), lines("enum: [a, b]")), "enum-value-added", ChangeSeverity.WARNING);
        assertRule(change(lines("enum:", "  - value: a", "  - value: b"), lines("enum:", "  - value: a")),
                "enum-value-removed", ChangeSeverity.BREAKING);
        assertRule(change(lines("enum:", "  - value: a"), lines("enum:", "  - value: a", "    label: A")),
                "description-changed", ChangeSeverity.INFO);
    }

    @Test
    void physicalNameChangesBreakReaders() {
        assertRule(change(lines("physicalName: amt"), lines("physicalName: amount_eur")), "physical-name-changed", ChangeSeverity.BREAKING);
        assertRule(change(lines(), lines("physicalName: amt")), "physical-name-declared", ChangeSeverity.WARNING);
    }

    @Test
    void relationshipChangesAreWarnings() {
        SemanticChange added = change(lines(), lines("relationships:", "  - to: customers.id"));
        assertRule(added, "relationship-changed", ChangeSeverity.WARNING);
        assertEquals(ChangeKind.ADDED, added.change());
        SemanticChange moved = change(lines("relationships:", "  - to: customers.id"), lines("relationships:", "  - to: clients.id"));
        assertRule(moved, "relationship-changed", ChangeSeverity.WARNING);
        assertEquals(ChangeKind.UPDATED, moved.change());
        assertEquals("relationship of property `orders.amount` customers.id → clients.id", moved.message());
        List<SemanticChange> second = odcs(amount("relationships:", "  - to: customers.id"),
                amount("relationships:", "  - to: customers.id", "  - to: regions.id"));
        assertEquals(ChangeKind.ADDED, single(second).change());
    }

    @Test
    void documentationChangesAreInfo() {
        assertRule(change(lines("description: a"), lines("description: b")), "description-changed", ChangeSeverity.INFO);
        assertRule(change(lines("businessName: Amount"), lines("businessName: Total")), "description-changed", ChangeSeverity.INFO);
        assertRule(change(lines("tags: [x]"), lines("tags: [x, y]")), "tags-changed", ChangeSeverity.INFO);
        assertRule(change(lines("examples: [1]"), lines("examples: [2]")), "examples-changed", ChangeSeverity.INFO);
        assertRule(change(lines("transformLogic: sum(a)"), lines("transformLogic: sum(b)")), "lineage-changed", ChangeSeverity.INFO);
        assertRule(change(lines(), lines("criticalDataElement: true")), "attribute-changed", ChangeSeverity.INFO);
    }

    @Test
    void partitioningAndEncryptionChangesAreWarnings() {
        assertRule(change(lines(), lines("partitioned: true")), "partitioning-changed", ChangeSeverity.WARNING);
        assertRule(change(lines("encryptedName: a_enc"), lines("encryptedName: a_x")), "encryption-changed", ChangeSeverity.WARNING);
    }

    @Test
    void customPropertiesAndLinksAreKeyedAndInfo() {
        SemanticChange custom = change(lines("customProperties:", "  - property: owner", "    value: a"),
                lines("customProperties:", "  - property: owner", "    value: b"));
        assertEquals(AMOUNT + ".customProperties.owner.value", custom.element());
        assertRule(custom, "attribute-changed", ChangeSeverity.INFO);
        SemanticChange link = change(lines(), lines("authoritativeDefinitions:", "  - type: businessDefinition", "    url: https://x"));
        assertRule(link, "definition-link-changed", ChangeSeverity.INFO);
        assertEquals(AMOUNT + ".authoritativeDefinitions.https://x", link.element());
        assertRule(change(lines(), lines("customProperties:", "  - property: owner", "    value: a")), "custom-property-changed",
                ChangeSeverity.INFO);
    }

    @Test
    void nestedPropertiesAreComparedWithTheirDottedPath() {
        String before = "schema:\n  - name: orders\n    properties:\n      - name: address\n        logicalType: object\n"
                + "        properties:\n          - name: city\n            logicalType: string\n";
        String after = "schema:\n  - name: orders\n    properties:\n      - name: address\n        logicalType: object\n"
                + "        properties:\n          - name: city\n            logicalType: integer\n";
        SemanticChange c = single(odcs(before, after));
        assertEquals("schema.orders.properties.address.properties.city.logicalType", c.element());
        assertEquals(Optional.of("contract:orders/orders/address.city"), c.subject());
        assertEquals("property `orders.address.city` logicalType string → integer", c.message());
    }

    @Test
    void arrayItemsPropertiesKeepThePropertyPath() {
        String before = "schema:\n  - name: orders\n    properties:\n      - name: lines\n        logicalType: array\n"
                + "        items:\n          logicalType: object\n          properties:\n            - name: sku\n";
        SemanticChange c = single(odcs(before, before.replace("            - name: sku\n", "")));
        assertRule(c, "property-removed", ChangeSeverity.BREAKING);
        assertEquals("schema.orders.properties.lines.items.properties.sku", c.element());
        assertEquals(Optional.of("contract:orders/orders/lines.sku"), c.subject());
    }
}
