package dev.steward.model.mesh.product;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Recognising data product files by content. */
class ProductStandardTest {

    @Test
    void odpsNeedsApiVersionAndKindDataProduct() {
        assertEquals(Optional.of(ProductStandard.ODPS), ProductStandard.detect("apiVersion: v1.0.0\nkind: \"DataProduct\"\nid: x\n"));
        assertEquals(Optional.empty(), ProductStandard.detect("apiVersion: v3.1.0\nkind: DataContract\nid: x\n"));
        assertEquals(Optional.of(ProductStandard.ODPS), ProductStandard.detect("\uFEFFkind: DataProduct # a product\r\napiVersion: v1.0.0\r\n"));
        assertEquals(Optional.empty(), ProductStandard.detect("kind: DataProduct\nid: x\n"));
        assertEquals(Optional.empty(), ProductStandard.detect("apiVersion: v1.0.0\nkind: DataProducts\n"));
    }

    @Test
    void dpsIsRecognisedByItsVersionKeyOrByItsShape() {
        assertEquals(Optional.of(ProductStandard.DPS), ProductStandard.detect("dataProductSpecification: 0.0.1\nid: x\n"));
        assertEquals(Optional.of(ProductStandard.DPS), ProductStandard.detect("id: x\ninfo:\n  owner: t\noutputPorts: []\n"));
        assertEquals(Optional.empty(), ProductStandard.detect(
                "dataContractSpecification: 1.2.1\nid: x\ninfo:\n  owner: t\noutputPorts: []\n"));
        assertEquals(Optional.empty(), ProductStandard.detect("id: x\ninfo:\n  owner: t\n"));
    }

    @Test
    void nestedLookAlikesDoNotCount() {
        assertEquals(Optional.empty(), ProductStandard.detect("meta:\n  apiVersion: v1.0.0\n  kind: DataProduct\n"));
    }
}
