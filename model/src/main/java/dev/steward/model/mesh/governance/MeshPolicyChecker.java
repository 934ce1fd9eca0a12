package dev.steward.model.mesh.governance;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.mesh.MeshModel;
import dev.steward.model.validation.ValidationPolicy;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks the federated-governance rules of {@link MeshRules} on a whole mesh. Each finding is
 * placed in the data product file it concerns, at the offending port or field. The workspace
 * {@code policy} turns rules off, re-grades them and sets thresholds ({@code max:}). Stateless and
 * thread-safe.
 */
public final class MeshPolicyChecker {

    private MeshPolicyChecker() {
    }

    public static List<Diagnostic> check(MeshModel model, ValidationPolicy policy) {
        MeshFindings findings = new MeshFindings(model, policy);
        PortContractRules.check(model, findings);
        DependencyRules.check(model, findings);
        CycleRule.check(model, findings);
        OwnershipRules.check(model, findings);
        UniqueIdRule.check(model, findings);
        return findings.graded();
    }

    /** The findings that concern the file at {@code path}. */
    public static List<Diagnostic> check(MeshModel model, ValidationPolicy policy, Path path) {
        Path key = path.toAbsolutePath().normalize();
        return check(model, policy).stream()
                .filter(d -> d.path() != null && d.path().toAbsolutePath().normalize().equals(key)).toList();
    }
}
