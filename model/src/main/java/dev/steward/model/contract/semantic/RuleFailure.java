package dev.steward.model.contract.semantic;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.yaml.SourceRange;
import java.nio.file.Path;

/**
 * Turns a defect of a rule (an exception on an input it did not foresee) into one diagnostic, so
 * that the other rules' findings still reach the user and no stack trace does.
 */
public final class RuleFailure {

    public static final String RULE = "steward-rule-failure";

    private RuleFailure() {
    }

    public static Diagnostic of(Path path, String ruleName, RuntimeException failure) {
        return new Diagnostic(path, SourceRange.START, Severity.WARNING, RULE, "Steward could not finish the check '"
                + ruleName + "' on this file (" + failure.getClass().getSimpleName() + "); its problems may be missing."
                + " Please report this with the file.");
    }
}
