package dev.steward.model.mesh.product;

import dev.steward.model.contract.odcs.model.BitolPartsReader;
import dev.steward.model.contract.odcs.model.FieldReader;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import java.util.Optional;

/** Reads a Bitol ODPS data product (v0.9.0 or v1.0.0) into an {@link OdpsProduct}. Never validates, never throws. */
public final class OdpsReader {
    private OdpsReader() {
    }

    /** The product, or empty when the document has no root mapping. */
    public static Optional<OdpsProduct> read(YamlDocument document) {
        return document.rootMapping().map(OdpsReader::read);
    }

    public static OdpsProduct read(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new OdpsProduct(f.text("apiVersion"), f.text("kind"), f.text("id"), f.text("name"), f.text("version"),
                f.text("status"), f.text("domain"), f.text("tenant"), f.object("description", BitolPartsReader::description),
                f.texts("tags"), BitolPartsReader.customProperties(f), BitolPartsReader.authoritativeDefinitions(f),
                f.objects("inputPorts", OdpsReader::inputPort), f.objects("outputPorts", OdpsReader::outputPort),
                f.objects("managementPorts", OdpsReader::managementPort),
                f.objects("support", BitolPartsReader::support), BitolPartsReader.team(f), f.text("productCreatedTs"),
                f.extensions(), m.range());
    }

    static OdpsProduct.InputPort inputPort(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new OdpsProduct.InputPort(f.text("name"), f.text("version"), f.text("contractId"), f.texts("tags"),
                BitolPartsReader.customProperties(f), BitolPartsReader.authoritativeDefinitions(f), f.extensions(),
                m.range());
    }

    static OdpsProduct.OutputPort outputPort(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new OdpsProduct.OutputPort(f.text("name"), f.text("description"), f.text("type"), f.text("version"),
                f.text("contractId"), f.objects("sbom", OdpsReader::sbom),
                f.objects("inputContracts", OdpsReader::inputContract), f.texts("tags"),
                BitolPartsReader.customProperties(f), BitolPartsReader.authoritativeDefinitions(f), f.extensions(),
                m.range());
    }

    private static OdpsProduct.Sbom sbom(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new OdpsProduct.Sbom(f.text("type"), f.text("url"), f.extensions(), m.range());
    }

    private static OdpsProduct.InputContract inputContract(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new OdpsProduct.InputContract(f.text("id"), f.text("version"), f.extensions(), m.range());
    }

    private static OdpsProduct.ManagementPort managementPort(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new OdpsProduct.ManagementPort(f.text("name"), f.text("content"), f.text("type"), f.text("url"),
                f.text("channel"), f.text("description"), f.texts("tags"), BitolPartsReader.customProperties(f),
                BitolPartsReader.authoritativeDefinitions(f), f.extensions(), m.range());
    }
}
