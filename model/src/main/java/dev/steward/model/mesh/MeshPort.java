package dev.steward.model.mesh;

import dev.steward.model.yaml.SourceRange;
import java.util.List;

/**
 * A port of a data product, the same for both standards. An output port promises {@code contractId};
 * an input port consumes {@code contractId} (Bitol ODPS) or reads from {@code sourceSystemId} (DPS).
 * {@code inputContractIds} are the contracts an ODPS output port is built from. {@code range} is the
 * port's mapping, {@code contractRange} the value of its contract id (or the port when it has none).
 */
public record MeshPort(String name, String version, String contractId, String sourceSystemId, boolean containsPii,
                       List<String> inputContractIds, SourceRange range, SourceRange contractRange) {

    public MeshPort {
        inputContractIds = List.copyOf(inputContractIds);
    }

    /** "name" or "name v1.0.0", for messages. */
    public String label() {
        String n = name == null ? "(unnamed)" : name;
        return version == null ? "'" + n + "'" : "'" + n + "' " + version;
    }
}
