package dev.steward.model.validation;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.yaml.YamlDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The outcome of linting one file: what it is, its parse, and every diagnostic (sorted by position). */
public record FileReport(Path path, Optional<ArtifactKind> kind, YamlDocument document,
                         Optional<ContractSummary> summary, List<Diagnostic> diagnostics) {

    public FileReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
