package dev.steward.app.studio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which saves rebuild the domain map: the files that shape the mesh, not the semantic layer or seeds. */
class DomainMapPanelTest {

    static final Path SAMPLE = Path.of("../resources/src/main/resources/dev/steward/resources/sample");

    @Test
    void productsContractsDomainsAndThePolicyShapeTheMap() throws Exception {
        assertTrue(DomainMapPanel.shapesTheMap(SAMPLE.resolve("products/customer-360.odps.yaml")));
        assertTrue(DomainMapPanel.shapesTheMap(SAMPLE.resolve("products/revenue-reporting.dataproduct.yaml")));
        assertTrue(DomainMapPanel.shapesTheMap(SAMPLE.resolve("contracts/orders.odcs.yaml")));
        assertTrue(DomainMapPanel.shapesTheMap(SAMPLE.resolve("domains.yaml")));
        assertTrue(DomainMapPanel.shapesTheMap(SAMPLE.resolve("steward-policies.yaml")));
    }

    @Test
    void theSemanticLayerSeedsAndOtherFilesDoNot(@TempDir Path root) throws Exception {
        assertFalse(DomainMapPanel.shapesTheMap(SAMPLE.resolve("models/metrics.yml")));
        assertFalse(DomainMapPanel.shapesTheMap(SAMPLE.resolve("seeds/orders.csv")));
        Path notes = Files.writeString(root.resolve("README.md"), "# notes\n");
        assertFalse(DomainMapPanel.shapesTheMap(notes));
    }

    @Test
    void aDeletedYamlFileMayHaveBeenAProduct(@TempDir Path root) throws Exception {
        assertTrue(DomainMapPanel.shapesTheMap(root.resolve("gone.odps.yaml")));
    }
}
