package dev.steward.model.mesh.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.testing.Corpus;
import dev.steward.model.yaml.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed readers on the corpus examples and on odd input. */
class ProductReaderTest {

    private static final YamlParser PARSER = new YamlParser();

    @Test
    void readsTheOdpsCustomerExample() throws IOException {
        Path file = Corpus.require().resolve("lineage/open-data-product-standard/customer-data-product.odps.yaml");
        OdpsProduct p = OdpsReader.read(PARSER.parse(file, Files.readString(file))).orElseThrow();
        assertEquals("fbe8d147-28db-4f1d-bedf-a3fe9f458427", p.id());
        assertEquals("seller", p.domain());
        assertEquals(4, p.inputPorts().size());
        assertEquals("2.0.0", p.inputPorts().get(1).version());
        assertEquals(4, p.outputPorts().size());
        OdpsProduct.OutputPort raw = p.outputPorts().get(1);
        assertEquals(List.of("dbb7b1eb-7628-436e-8914-2a00638ba6db", "ec2a112d-5cfe-49f3-8760-f9cfb4597544"),
                raw.inputContracts().stream().map(OdpsProduct.InputContract::id).toList());
        assertEquals("https://mysbomserver/mysbom", raw.sbom().getFirst().url());
        assertEquals("Data Team", p.team().name());
        assertEquals("owner", p.team().members().getFirst().role());
        assertEquals("dictionary", p.managementPorts().getFirst().content());
        assertEquals("slack", p.support().getFirst().tool());
        assertEquals(List.of(), List.copyOf(p.extensions().keySet()));
    }

    @Test
    void readsTheDpsExampleWithoutVersionKey() throws IOException {
        Path file = Corpus.require().resolve("lineage/datamesh-manager-example-gitops/dataproducts/stock_updated.yml");
        DpsProduct p = DpsReader.read(PARSER.parse(file, Files.readString(file))).orElseThrow();
        assertNull(p.dataProductSpecification());
        assertEquals("fulfillment", p.info().owner());
        assertEquals("stock-service", p.inputPorts().getFirst().sourceSystemId());
        assertEquals(Boolean.FALSE, p.outputPorts().getFirst().containsPii());
        assertEquals("glue_catalog_database_stock_updated_v1", p.outputPorts().getFirst().dataContractId());
        assertEquals("aws", p.custom().get("platform"));
    }

    @Test
    void unknownKeysAndWrongTypesAreKeptAsExtensions() {
        String text = """
                apiVersion: v1.0.0
                kind: DataProduct
                id: x
                x-owner: someone
                inputPorts: not-a-list
                outputPorts:
                  - name: o
                    version: [1]
                """;
        OdpsProduct p = OdpsReader.read(PARSER.parse(Path.of("x.yaml"), text)).orElseThrow();
        assertEquals(List.of("x-owner", "inputPorts"), List.copyOf(p.extensions().keySet()));
        assertNull(p.outputPorts().getFirst().version());
        assertTrue(p.outputPorts().getFirst().extensions().containsKey("version"));
    }
}
