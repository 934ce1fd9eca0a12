package dev.steward.model.mesh;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.contract.dcs.model.DcsContract;
import dev.steward.model.contract.dcs.model.DcsContractReader;
import dev.steward.model.contract.dcs.model.DcsField;
import dev.steward.model.contract.dcs.model.DcsModel;
import dev.steward.model.contract.odcs.model.CustomProperty;
import dev.steward.model.contract.odcs.model.DataContract;
import dev.steward.model.contract.odcs.model.DataContractReader;
import dev.steward.model.contract.odcs.model.SchemaObject;
import dev.steward.model.contract.odcs.model.SchemaProperty;
import dev.steward.model.contract.semantic.PersonalDataNames;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the facts the mesh needs from an ODCS or DCS contract ({@link MeshContract}). A field holds
 * personal data when it is marked so (DCS {@code pii: true}; ODCS tag {@code pii} or custom property
 * {@code pii: true}) or its name looks like personal data ({@link PersonalDataNames}), unless it is
 * a boolean flag (such as {@code has_email}).
 */
public final class MeshContractReader {
    private MeshContractReader() {
    }

    public static Optional<MeshContract> read(YamlDocument document, ArtifactKind kind) {
        return switch (kind) {
            case ODCS -> DataContractReader.read(document).map(c -> odcs(document, c));
            case DCS -> DcsContractReader.read(document).map(c -> dcs(document, c));
            default -> Optional.empty();
        };
    }

    private static MeshContract odcs(YamlDocument document, DataContract c) {
        List<MeshContract.ContractField> fields = new ArrayList<>();
        for (SchemaObject o : c.schema()) {
            o.properties().forEach(p -> odcsFields(p, "", fields));
        }
        String team = c.team() == null ? null : c.team().name();
        return new MeshContract(document.path(), "ODCS", c.id(), c.name(), c.version(), c.status(), c.domain(), team,
                fields, c.range());
    }

    private static void odcsFields(SchemaProperty p, String prefix, List<MeshContract.ContractField> out) {
        String name = prefix + (p.name() != null ? p.name() : String.valueOf(p.id()));
        String marked = p.tags().stream().anyMatch(t -> t.equalsIgnoreCase("pii"))
                || p.customProperties().stream().anyMatch(MeshContractReader::piiTrue) ? "marked pii" : null;
        out.add(new MeshContract.ContractField(name, personal(marked, p.name(), p.logicalType()), p.classification()));
        p.properties().forEach(child -> odcsFields(child, name + ".", out));
    }

    private static MeshContract dcs(YamlDocument document, DcsContract c) {
        List<MeshContract.ContractField> fields = new ArrayList<>();
        for (DcsModel m : c.models()) {
            m.fields().forEach(f -> dcsFields(f, "", fields));
        }
        var info = c.info();
        return new MeshContract(document.path(), "DCS", c.id(), info == null ? null : info.title(),
                info == null ? null : info.version(), info == null ? null : info.status(), null,
                info == null ? null : info.owner(), fields, c.range());
    }

    private static void dcsFields(DcsField f, String prefix, List<MeshContract.ContractField> out) {
        String name = prefix + f.key();
        String marked = Boolean.TRUE.equals(f.pii()) ? "marked pii" : null;
        out.add(new MeshContract.ContractField(name, personal(marked, f.key(), f.type()), f.classification()));
        f.fields().forEach(child -> dcsFields(child, name + ".", out));
    }

    private static String personal(String marked, String name, String type) {
        if (marked != null) {
            return marked;
        }
        if ("boolean".equals(type)) {
            return null;
        }
        String term = PersonalDataNames.matchedTerm(name);
        return term == null ? null : "its name looks like personal data (" + term + ")";
    }

    private static boolean piiTrue(CustomProperty c) {
        return "pii".equalsIgnoreCase(c.property()) && c.value() instanceof YamlScalar s && s.isBoolean() && s.asBoolean();
    }
}
