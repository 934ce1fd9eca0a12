package dev.steward.model.validation;

import dev.steward.model.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Workspace policy: per-rule levels that override the built-in severities, and whether a commit
 * containing contracts with errors is blocked. Read from {@code steward-policies.yaml}.
 */
public record ValidationPolicy(Map<String, RuleLevel> levels, boolean blockCommitOnErrors) {

    public static final ValidationPolicy DEFAULT = new ValidationPolicy(Map.of(), true);

    public ValidationPolicy {
        levels = Map.copyOf(levels);
    }

    public Optional<RuleLevel> levelOf(String rule) {
        return Optional.ofNullable(levels.get(rule));
    }

    /** Applies the policy: drops rules turned off and re-grades the others. */
    public List<Diagnostic> apply(List<Diagnostic> diagnostics) {
        if (levels.isEmpty()) {
            return diagnostics;
        }
        List<Diagnostic> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            RuleLevel level = levels.get(d.rule());
            if (level == null) {
                out.add(d);
            } else {
                level.severity().ifPresent(s -> out.add(d.severity() == s ? d : d.withSeverity(s)));
            }
        }
        return out;
    }
}
