package dev.steward.views.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.ValidationContext;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The tree titles data products by the name they declare, like contracts, and falls back to the id and the file name. */
class EntryTitleTest {

    private static String title(String file, String text) {
        return EntryTitle.of(ArtifactLinter.standard().lint(Path.of("/ws/products", file), text, ValidationContext.standalone()));
    }

    @Test
    void anOdpsProductIsTitledByItsName() {
        assertEquals("Customer 360", title("c360.odps.yaml", """
                apiVersion: v1.0.0
                kind: DataProduct
                id: customer-360
                name: Customer 360
                status: active
                """));
    }

    @Test
    void aDpsProductIsTitledByItsInfoTitle() {
        assertEquals("Shelf Warmers", title("shelf.yaml", """
                dataProductSpecification: 0.0.1
                id: shelf_warmers
                info:
                  title: Shelf Warmers
                  owner: fulfillment
                """));
    }

    @Test
    void withoutANameTheIdAndWithoutAnIdTheFileName() {
        assertEquals("orders-mart", title("orders.odps.yaml", """
                apiVersion: v1.0.0
                kind: DataProduct
                id: orders-mart
                status: active
                """));
        assertEquals("draft.odps.yaml", title("draft.odps.yaml", """
                apiVersion: v1.0.0
                kind: DataProduct
                status: draft
                """));
    }

    @Test
    void contractsKeepTheirNameAndOtherFilesTheirFileName() {
        assertEquals("Orders", title("orders.odcs.yaml", """
                apiVersion: v3.1.0
                kind: DataContract
                id: orders
                name: Orders
                version: 1.0.0
                status: active
                """));
        assertEquals("notes.yaml", title("notes.yaml", "just: text\n"));
    }
}
