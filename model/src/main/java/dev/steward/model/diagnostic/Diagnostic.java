package dev.steward.model.diagnostic;

import dev.steward.model.yaml.SourceRange;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in one file. Lines and columns are 1-based; offsets are UTF-16 char offsets
 * into the text that was validated. {@code rule} is a stable id such as {@code odcs-unknown-key}.
 */
public record Diagnostic(
        Path path,
        SourceRange range,
        Severity severity,
        String rule,
        String message,
        List<QuickFix> fixes) {

    public Diagnostic {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        fixes = fixes == null ? List.of() : List.copyOf(fixes);
    }

    public Diagnostic(Path path, SourceRange range, Severity severity, String rule, String message) {
        this(path, range, severity, rule, message, List.of());
    }

    public int line() {
        return range.startLine();
    }

    public int column() {
        return range.startColumn();
    }

    public int endLine() {
        return range.endLine();
    }

    public int endColumn() {
        return range.endColumn();
    }

    public Diagnostic withPath(Path newPath) {
        return new Diagnostic(newPath, range, severity, rule, message, fixes);
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(path, range, newSeverity, rule, message, fixes);
    }

    /** {@code path:line:column: severity [rule] message}, the form compilers print. */
    @Override
    public String toString() {
        return (path == null ? "<text>" : path) + ":" + line() + ":" + column() + ": "
                + severity.label() + " [" + rule + "] " + message;
    }
}
