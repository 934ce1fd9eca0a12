package dev.steward.model.mesh.governance;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.yaml.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of the mesh rules across files, at each rule's built-in severity. Not thread-safe. */
final class MeshFindings {

    private final ValidationPolicy policy;
    private final List<Diagnostic> found = new ArrayList<>();

    MeshFindings(ValidationPolicy policy) {
        this.policy = policy;
    }

    boolean enabled(MeshRules.Rule rule) {
        return !policy.isOff(rule.id());
    }

    int limit(MeshRules.Rule rule) {
        return policy.limitOf(rule.id()).orElse(rule.defaultLimit());
    }

    void add(MeshRules.Rule rule, Path path, SourceRange range, String message) {
        found.add(new Diagnostic(path, range, rule.severity(), rule.id(), message));
    }

    /** What was found, graded by the policy (rules turned off dropped, others re-graded). */
    List<Diagnostic> graded() {
        return policy.apply(List.copyOf(found));
    }
}
