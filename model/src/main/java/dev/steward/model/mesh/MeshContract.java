package dev.steward.model.mesh;

import dev.steward.model.yaml.SourceRange;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What the mesh rules need to know about one data contract of the workspace (ODCS or DCS): identity,
 * status, owning team (ODCS {@code team.name}, DCS {@code info.owner}) and its fields with their
 * personal-data flags and classifications.
 */
public record MeshContract(Path path, String standard, String id, String name, String version, String status,
                           String domain, String ownerTeam, List<ContractField> fields, SourceRange range) {

    public MeshContract {
        fields = List.copyOf(fields);
    }

    /**
     * One field (property), {@code name} dotted when nested. {@code personal} says why it holds
     * personal data ("marked pii", "its name looks like personal data (email)"), null when it does not.
     */
    public record ContractField(String name, String personal, String classification) {
        public boolean unclassifiedPersonal() {
            return personal != null && (classification == null || classification.isBlank());
        }
    }

    public boolean endOfLife() {
        return isEndOfLife(status);
    }

    public String label() {
        return name != null ? "'" + name + "' (" + id + ")" : "'" + id + "'";
    }

    /** Whether {@code status} is deprecated or retired (any case): consumers should move away. */
    public static boolean isEndOfLife(String status) {
        if (status == null) {
            return false;
        }
        String s = status.strip().toLowerCase(Locale.ROOT);
        return s.equals("deprecated") || s.equals("retired");
    }
}
