package dev.steward.model.diff.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.ChangeKind;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.diff.SemanticDiffEngine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataProductDiffTest {

    static final String ODPS = """
            apiVersion: v1.0.0
            kind: DataProduct
            id: orders-product
            name: Orders
            version: 1.0.0
            status: active
            domain: sales
            team:
              name: sales-analytics
            description:
              purpose: Orders for reporting.
            inputPorts:
              - name: raw-orders
                version: 1.0.0
                contractId: raw-orders-contract
            outputPorts:
              - name: orders
                version: 1.0.0
                type: tables
                contractId: orders-contract
                description: Cleaned orders.
              - name: order-events
                version: 2.0.0
                type: topic
                contractId: order-events-contract
                tags: [pii]
            """;

    static final String DPS = """
            dataProductSpecification: 0.0.1
            id: shelf_warmers
            info:
              title: Shelf Warmers
              owner: fulfillment
              domain: ecommerce
              status: active
              description: Products that do not sell.
            inputPorts:
              - id: stock
                sourceSystemId: stock-system
            outputPorts:
              - id: shelf_warmers_v1
                dataContractId: shelf_warmers_v1
                type: Glue
                location: arn:aws:glue:table/shelf_warmers
                containsPii: false
            """;

    private static final DataProductDiffer DIFFER = new DataProductDiffer();

    static List<SemanticChange> diff(String before, String after) {
        return DIFFER.diff(Optional.of(ArtifactRevision.parse("products/p.yaml", before)),
                Optional.of(ArtifactRevision.parse("products/p.yaml", after)));
    }

    static SemanticChange single(String before, String after) {
        List<SemanticChange> changes = diff(before, after);
        assertEquals(1, changes.size(), () -> "expected one change, got " + changes);
        return changes.getFirst();
    }

    static String edit(String text, String from, String to) {
        int at = text.indexOf(from);
        assertTrue(at >= 0 && at == text.lastIndexOf(from), () -> "not exactly once in the fixture: " + from);
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    @Test
    void theSameProductIsNoChange() {
        assertEquals(0, diff(ODPS, ODPS).size());
        assertEquals(0, diff(DPS, DPS).size());
    }

    @Test
    void removingAnOutputPortBreaksInBothStandards() {
        String odps = edit(ODPS, """
                  - name: orders
                    version: 1.0.0
                    type: tables
                    contractId: orders-contract
                    description: Cleaned orders.
                """, "");
        SemanticChange c = single(ODPS, odps);
        assertEquals("output-port-removed", c.rule());
        assertEquals(ChangeSeverity.BREAKING, c.severity());
        assertEquals(ChangeKind.REMOVED, c.change());
        assertEquals("outputPorts.orders", c.element());
        assertEquals(Optional.of("data_product:orders-product/output/orders"), c.subject());
        assertEquals(ODPS.indexOf("name: orders\n"), c.baseRange().orElseThrow().startOffset());

        SemanticChange added = single(odps, ODPS);
        assertEquals("output-port-added", added.rule());
        assertEquals(ChangeSeverity.INFO, added.severity());

        String dps = edit(DPS, "outputPorts:\n", "outputPorts:\n  - id: shelf_warmers_v2\n    dataContractId: shelf_warmers_v2\n");
        assertEquals("output-port-added", single(DPS, dps).rule());
        SemanticChange dpsRemoved = single(dps, DPS);
        assertEquals("output-port-removed", dpsRemoved.rule());
        assertEquals(Optional.of("data_product:shelf_warmers/output/shelf_warmers_v2"), dpsRemoved.subject());
    }

    @Test
    void pointingAnOutputPortAtAnotherContractBreaks() {
        SemanticChange odps = single(ODPS, edit(ODPS, "contractId: orders-contract", "contractId: orders-v2-contract"));
        assertEquals("output-port-contract-changed", odps.rule());
        assertEquals(ChangeSeverity.BREAKING, odps.severity());
        assertEquals("outputPorts.orders.contractId", odps.element());
        assertEquals("output port `orders` contractId orders-contract → orders-v2-contract", odps.message());

        SemanticChange dps = single(DPS, edit(DPS, "dataContractId: shelf_warmers_v1", "dataContractId: shelf_warmers_v2"));
        assertEquals("output-port-contract-changed", dps.rule());
        assertEquals("outputPorts.shelf_warmers_v1.dataContractId", dps.element());
        assertEquals(ChangeSeverity.BREAKING, dps.severity());
    }

    @Test
    void aMajorPortVersionWarnsAMinorOneIsInfo() {
        String major = edit(ODPS, "    version: 1.0.0\n    type: tables", "    version: 2.0.0\n    type: tables");
        SemanticChange c = single(ODPS, major);
        assertEquals("output-port-version-changed", c.rule());
        assertEquals(ChangeSeverity.WARNING, c.severity());
        String minor = edit(ODPS, "    version: 1.0.0\n    type: tables", "    version: 1.1.0\n    type: tables");
        assertEquals(ChangeSeverity.INFO, single(ODPS, minor).severity());
    }

    @Test
    void anotherPortTypeOrServerWarns() {
        SemanticChange type = single(ODPS, edit(ODPS, "type: tables", "type: files"));
        assertEquals("output-port-type-changed", type.rule());
        assertEquals(ChangeSeverity.WARNING, type.severity());

        SemanticChange location = single(DPS, edit(DPS, "table/shelf_warmers", "table/shelf_warmers_new"));
        assertEquals("output-port-server-changed", location.rule());
        assertEquals(ChangeSeverity.WARNING, location.severity());
    }

    @Test
    void thePiiFlagWarnsEitherWay() {
        SemanticChange on = single(DPS, edit(DPS, "containsPii: false", "containsPii: true"));
        assertEquals("output-port-pii-changed", on.rule());
        assertEquals(ChangeSeverity.WARNING, on.severity());
        assertEquals("output port `shelf_warmers_v1` containsPii false → true", on.message());

        List<SemanticChange> off = diff(ODPS, edit(ODPS, "    tags: [pii]\n", ""));
        assertEquals(List.of("output-port-pii-changed", "metadata-changed"), off.stream().map(SemanticChange::rule).toList());
        assertEquals(ChangeSeverity.WARNING, off.getFirst().severity());
    }

    @Test
    void inputPortChangesAreForTheProductItself() {
        SemanticChange source = single(DPS, edit(DPS, "sourceSystemId: stock-system", "sourceSystemId: warehouse"));
        assertEquals("input-port-source-changed", source.rule());
        assertEquals(ChangeSeverity.WARNING, source.severity());
        assertEquals(Optional.of("data_product:shelf_warmers/input/stock"), source.subject());

        String withoutInput = edit(ODPS, """
                  - name: raw-orders
                    version: 1.0.0
                    contractId: raw-orders-contract
                """, "");
        SemanticChange removed = single(ODPS, withoutInput);
        assertEquals("input-port-removed", removed.rule());
        assertEquals(ChangeSeverity.WARNING, removed.severity());
        SemanticChange added = single(withoutInput, ODPS);
        assertEquals("input-port-added", added.rule());
        assertEquals(ChangeSeverity.INFO, added.severity());
    }

    @Test
    void goingDeprecatedOrRetiredWarnsOtherStatusStepsAreInfo() {
        SemanticChange deprecated = single(ODPS, edit(ODPS, "status: active", "status: deprecated"));
        assertEquals("product-status-changed", deprecated.rule());
        assertEquals(ChangeSeverity.WARNING, deprecated.severity());
        assertEquals(Optional.of("data_product:orders-product"), deprecated.subject());

        SemanticChange retired = single(DPS, edit(DPS, "status: active", "status: retired"));
        assertEquals(ChangeSeverity.WARNING, retired.severity());
        assertEquals("info.status", retired.element());

        assertEquals(ChangeSeverity.INFO, single(ODPS, edit(ODPS, "status: active", "status: draft")).severity());
    }

    @Test
    void anotherOwnerTeamOrDomainWarns() {
        SemanticChange team = single(ODPS, edit(ODPS, "name: sales-analytics", "name: finance"));
        assertEquals("product-owner-changed", team.rule());
        assertEquals(ChangeSeverity.WARNING, team.severity());

        SemanticChange owner = single(DPS, edit(DPS, "owner: fulfillment", "owner: logistics"));
        assertEquals("product-owner-changed", owner.rule());
        assertEquals("info.owner", owner.element());

        SemanticChange domain = single(DPS, edit(DPS, "domain: ecommerce", "domain: retail"));
        assertEquals("product-domain-changed", domain.rule());
        assertEquals(ChangeSeverity.WARNING, domain.severity());
    }

    @Test
    void descriptionsAreInfo() {
        SemanticChange product = single(ODPS, edit(ODPS, "purpose: Orders for reporting.", "purpose: Orders."));
        assertEquals("description-changed", product.rule());
        assertEquals(ChangeSeverity.INFO, product.severity());
        SemanticChange port = single(ODPS, edit(ODPS, "description: Cleaned orders.", "description: Deduplicated orders."));
        assertEquals("outputPorts.orders.description", port.element());
        assertEquals(ChangeSeverity.INFO, port.severity());
    }

    @Test
    void aNewMajorVersionBesideTheOldIsANewPort() {
        String both = edit(ODPS, "  - name: order-events\n", """
                  - name: orders
                    version: 2.0.0
                    type: tables
                    contractId: orders-contract-v2
                  - name: order-events
                """);
        SemanticChange added = single(ODPS, both);
        assertEquals("output-port-added", added.rule());
        assertEquals(both.indexOf("name: orders\n    version: 2.0.0"), added.headRange().orElseThrow().startOffset());
    }

    @Test
    void aFileThatDoesNotParseIsOneWarning() {
        SemanticChange c = single(ODPS, edit(ODPS, "domain: sales", "domain: [sales"));
        assertEquals("unparsable", c.rule());
        assertEquals(ChangeSeverity.WARNING, c.severity());
        assertTrue(c.headRange().isPresent());
    }

    @Test
    void anAddedProductIsInfoADeletedOneBreaks() {
        List<SemanticChange> added = DIFFER.diff(Optional.empty(), Optional.of(ArtifactRevision.parse("p.yaml", DPS)));
        assertEquals(List.of("product-added"), added.stream().map(SemanticChange::rule).toList());
        List<SemanticChange> deleted = DIFFER.diff(Optional.of(ArtifactRevision.parse("p.yaml", DPS)), Optional.empty());
        assertEquals(ChangeSeverity.BREAKING, deleted.getFirst().severity());
        assertEquals(Optional.of("data_product:shelf_warmers"), deleted.getFirst().subject());
    }

    @Test
    void theTitleIsTheIdAndName() {
        assertEquals("orders-product (Orders)",
                DIFFER.title(Optional.empty(), Optional.of(ArtifactRevision.parse("p.yaml", ODPS))));
        assertEquals("shelf_warmers (Shelf Warmers)",
                DIFFER.title(Optional.of(ArtifactRevision.parse("p.yaml", DPS)), Optional.empty()));
    }

    @Test
    void theStandardEngineDiffsDataProducts() {
        Optional<ArtifactDiff> diff = SemanticDiffEngine.standard().diff(new SemanticDiffEngine.FilePair(
                Optional.of(ArtifactRevision.parse("p.yaml", ODPS)),
                Optional.of(ArtifactRevision.parse("p.yaml", edit(ODPS, "contractId: orders-contract", "contractId: x")))));
        assertEquals(ArtifactKind.DATA_PRODUCT, diff.orElseThrow().kind());
        assertEquals("orders-product (Orders)", diff.get().title());
        assertEquals(1, diff.get().count(ChangeSeverity.BREAKING));
    }
}
