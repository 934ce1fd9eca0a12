package dev.steward.model.validation;

import dev.steward.model.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Workspace policy: per-rule levels that override the built-in severities, per-rule options
 * (a threshold such as {@code mesh-cross-domain-dependencies}' {@code max}, the domains a rule
 * applies to), and whether a commit containing contracts with errors is blocked. Read from
 * {@code steward-policies.yaml}.
 */
public record ValidationPolicy(Map<String, RuleLevel> levels, boolean blockCommitOnErrors,
                               Map<String, RuleOptions> options) {

    public static final ValidationPolicy DEFAULT = new ValidationPolicy(Map.of(), true);

    public ValidationPolicy {
        levels = Map.copyOf(levels);
        options = Map.copyOf(options);
    }

    public ValidationPolicy(Map<String, RuleLevel> levels, boolean blockCommitOnErrors) {
        this(levels, blockCommitOnErrors, Map.of());
    }

    public Optional<RuleLevel> levelOf(String rule) {
        return Optional.ofNullable(levels.get(rule));
    }

    /** The options the workspace sets for {@code rule} ({@link RuleOptions#NONE} when none). */
    public RuleOptions optionsOf(String rule) {
        return options.getOrDefault(rule, RuleOptions.NONE);
    }

    /** The threshold the workspace sets for {@code rule} ({@code max:} in the policy file), if any. */
    public Optional<Integer> limitOf(String rule) {
        return Optional.ofNullable(optionsOf(rule).max());
    }

    /** Whether {@code rule} applies to a data product of {@code domain} ({@code scope:} in the policy file). */
    public boolean covers(String rule, String domain) {
        return optionsOf(rule).covers(domain);
    }

    /** Whether {@code rule} is turned off. */
    public boolean isOff(String rule) {
        return levels.get(rule) == RuleLevel.OFF;
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
