package dev.steward.model.contract.semantic;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.yaml.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The diagnostics that the semantic rules find in one file, in the order they were found. Not thread-safe. */
public final class Findings {

    private final Path path;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public Findings(Path path) {
        this.path = path;
    }

    public void add(Severity severity, String rule, SourceRange range, String message, List<QuickFix> fixes) {
        diagnostics.add(new Diagnostic(path, range, severity, rule, message, fixes));
    }

    public void add(Severity severity, String rule, SourceRange range, String message) {
        add(severity, rule, range, message, List.of());
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
