package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import java.util.Optional;

/**
 * Reads an ODCS contract (any v3 version) from its YAML tree into a {@link DataContract}. Never
 * throws on odd input and never validates: a value of the wrong type reads as null (or an empty
 * list) and its raw node is kept in the {@code extensions} of the enclosing record, under its key,
 * together with every key the standard does not define for that object.
 */
public final class DataContractReader {
    private DataContractReader() {
    }

    /** The contract, or empty when the document has no root mapping (empty text, a list, a syntax error). */
    public static Optional<DataContract> read(YamlDocument document) {
        return document.rootMapping().map(DataContractReader::read);
    }

    public static DataContract read(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new DataContract(f.text("apiVersion"), f.text("kind"), f.text("id"), f.text("name"), f.text("version"),
                f.text("status"), f.text("tenant"), f.text("domain"), f.text("dataProduct"), f.texts("tags"),
                f.text("contractCreatedTs"), f.object("description", ContractPartsReader::description),
                f.objects("schema", SchemaReader::schemaObject), f.objects("servers", ContractPartsReader::server),
                ContractPartsReader.team(f), f.objects("roles", CommonReader::role),
                f.objects("support", ContractPartsReader::support), f.object("price", ContractPartsReader::price),
                f.text("slaDefaultElement"), f.objects("slaProperties", ContractPartsReader::sla),
                CommonReader.authoritativeDefinitions(f), CommonReader.customProperties(f), CommonReader.context(f),
                f.extensions(), m.range());
    }
}
