package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.odcs.model.FieldReader;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import java.util.Optional;

/**
 * Reads a DCS contract (0.9.0 to 1.2.1) from its YAML tree into a {@link DcsContract}, with the
 * same conventions as the ODCS reader: never throws, never validates, and keeps unknown keys and
 * wrong-typed values in the {@code extensions} of the enclosing record.
 */
public final class DcsContractReader {
    private DcsContractReader() {
    }

    /** The contract, or empty when the document has no root mapping. */
    public static Optional<DcsContract> read(YamlDocument document) {
        return document.rootMapping().map(DcsContractReader::read);
    }

    public static DcsContract read(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new DcsContract(f.text("dataContractSpecification"), f.text("id"),
                f.object("info", DcsPartsReader::info), f.namedObjects("servers", DcsPartsReader::server),
                f.object("terms", DcsPartsReader::terms), f.namedObjects("models", DcsPartsReader::model),
                f.namedObjects("definitions", DcsFieldReader::field),
                f.object("servicelevels", DcsPartsReader::serviceLevels), f.textMap("links"), f.texts("tags"),
                f.objects("examples", DcsPartsReader::example), f.object("quality", DcsPartsReader::specification),
                f.object("schema", DcsPartsReader::specification), f.extensions(), m.range());
    }
}
