package dev.steward.model.mesh.product;

import dev.steward.model.contract.odcs.model.FieldReader;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import java.util.Optional;

/** Reads a Data Product Specification 0.0.1 data product into a {@link DpsProduct}. Never validates, never throws. */
public final class DpsReader {
    private DpsReader() {
    }

    /** The product, or empty when the document has no root mapping. */
    public static Optional<DpsProduct> read(YamlDocument document) {
        return document.rootMapping().map(DpsReader::read);
    }

    public static DpsProduct read(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new DpsProduct(f.text("dataProductSpecification"), f.text("id"), f.object("info", DpsReader::info),
                f.objects("inputPorts", DpsReader::inputPort), f.objects("outputPorts", DpsReader::outputPort),
                f.textMap("links"), f.textMap("custom"), f.texts("tags"), f.extensions(), m.range());
    }

    private static DpsProduct.Info info(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new DpsProduct.Info(f.text("title"), f.text("owner"), f.text("domain"), f.text("description"),
                f.text("status"), f.text("archetype"), f.text("maturity"), f.extensions(), m.range());
    }

    static DpsProduct.InputPort inputPort(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new DpsProduct.InputPort(f.text("id"), f.text("name"), f.text("description"), f.text("sourceSystemId"),
                f.text("type"), f.text("location"), f.textMap("links"), f.textMap("custom"), f.texts("tags"),
                f.extensions(), m.range());
    }

    static DpsProduct.OutputPort outputPort(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new DpsProduct.OutputPort(f.text("id"), f.text("name"), f.text("description"), f.text("type"),
                f.text("status"), f.text("location"), f.textMap("server"), f.textMap("links"), f.textMap("custom"),
                f.bool("containsPii"), f.bool("autoApprove"), f.text("dataContractId"), f.texts("tags"),
                f.extensions(), m.range());
    }
}
