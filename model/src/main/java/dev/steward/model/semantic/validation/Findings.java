package dev.steward.model.semantic.validation;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.yaml.SourceRange;
import java.util.List;

/** Collects one rule's diagnostics, resolving each element to the file that defines it. */
final class Findings {
    private final SemanticIndex index;
    private final String rule;
    private final List<Diagnostic> out;

    Findings(SemanticIndex index, String rule, List<Diagnostic> out) {
        this.index = index;
        this.rule = rule;
        this.out = out;
    }

    /** {@code owner} is the semantic model, metric, saved query or time spine the range lies in. */
    void error(Object owner, SourceRange range, String message) {
        out.add(new Diagnostic(index.pathOf(owner), range, Severity.ERROR, rule, message));
    }

    void warning(Object owner, SourceRange range, String message) {
        out.add(new Diagnostic(index.pathOf(owner), range, Severity.WARNING, rule, message));
    }

    /** DSI's FUTURE_ERROR: a warning today that names the date it becomes an error. */
    void futureError(Object owner, SourceRange range, String message, String errorDate) {
        warning(owner, range, message + " This becomes an error on " + errorDate + ".");
    }
}
