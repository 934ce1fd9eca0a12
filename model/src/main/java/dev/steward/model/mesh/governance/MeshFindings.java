package dev.steward.model.mesh.governance;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.mesh.MeshModel;
import dev.steward.model.mesh.MeshProduct;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of the mesh rules across files, at each rule's built-in severity. Not thread-safe. */
final class MeshFindings {

    private final MeshModel model;
    private final ValidationPolicy policy;
    private final List<Diagnostic> found = new ArrayList<>();

    MeshFindings(MeshModel model, ValidationPolicy policy) {
        this.model = model;
        this.policy = policy;
    }

    boolean enabled(MeshRules.Rule rule) {
        return !policy.isOff(rule.id());
    }

    int limit(MeshRules.Rule rule) {
        return policy.limitOf(rule.id()).orElse(rule.defaultLimit());
    }

    /** Adds a finding about {@code product} in its file, unless the policy scopes the rule to other domains. */
    void add(MeshRules.Rule rule, MeshProduct product, SourceRange range, String message) {
        add(rule, product, range, message, List.of());
    }

    void add(MeshRules.Rule rule, MeshProduct product, SourceRange range, String message, List<QuickFix> fixes) {
        if (MeshScope.covers(policy, rule.id(), model, product)) {
            found.add(new Diagnostic(product.path(), range, rule.severity(), rule.id(), message, fixes));
        }
    }

    /** What was found, graded by the policy (rules turned off dropped, others re-graded). */
    List<Diagnostic> graded() {
        return policy.apply(List.copyOf(found));
    }
}
