package dev.steward.model.git;

import dev.steward.model.diagnostic.Diagnostic;
import java.util.List;

/** A staged contract whose staged content has errors, with those errors. {@code path} is repository-relative. */
public record CommitBlocker(String path, List<Diagnostic> errors) {
    public CommitBlocker {
        errors = List.copyOf(errors);
    }

    /** {@code path:line: message} of the first error, and how many more. */
    public String summary() {
        Diagnostic first = errors.getFirst();
        String more = errors.size() > 1 ? " (+" + (errors.size() - 1) + " more)" : "";
        return path + ":" + first.line() + ": " + first.message() + more;
    }
}
