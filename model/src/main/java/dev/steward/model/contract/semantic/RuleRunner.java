package dev.steward.model.contract.semantic;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.yaml.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs semantic rules one after the other and turns a defect of a rule (an exception on an input
 * it did not foresee) into one diagnostic, so that the other rules' findings still reach the user
 * and no stack trace does.
 */
public final class RuleRunner {

    public static final String RULE = "steward-rule-failure";

    private RuleRunner() {
    }

    /** Runs {@code rules} (named, in order) on {@code contract}: their findings, then one diagnostic per failed rule. */
    public static <C> List<Diagnostic> runAll(Path path, C contract, ValidationContext context,
                                              Map<String, ? extends SemanticRule<C>> rules) {
        Findings findings = new Findings(path);
        List<Diagnostic> failures = new ArrayList<>();
        for (Map.Entry<String, ? extends SemanticRule<C>> rule : rules.entrySet()) {
            try {
                rule.getValue().check(contract, context, findings);
            } catch (RuntimeException e) {
                failures.add(of(path, rule.getKey(), e));
            }
        }
        List<Diagnostic> out = new ArrayList<>(findings.diagnostics());
        out.addAll(failures);
        return out;
    }

    public static Diagnostic of(Path path, String ruleName, RuntimeException failure) {
        return new Diagnostic(path, SourceRange.START, Severity.WARNING, RULE, "Steward could not finish the check '"
                + ruleName + "' on this file (" + failure.getClass().getSimpleName() + "); its problems may be missing."
                + " Please report this with the file.");
    }
}
