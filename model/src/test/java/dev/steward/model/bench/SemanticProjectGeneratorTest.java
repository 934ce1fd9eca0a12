package dev.steward.model.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.SemanticProject;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.workspace.WorkspaceLinter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemanticProjectGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void theGeneratedProjectIsValidAndUsesEveryMetricType() throws IOException {
        SemanticProjectGenerator.GeneratedProject p = new SemanticProjectGenerator().write(dir, 12);
        SemanticProject project = SemanticProject.read(dir);
        assertEquals(12, project.semanticModels().size());
        assertEquals(120, project.metrics().size());
        Map<String, Integer> types = new TreeMap<>();
        project.metrics().stream().map(Metric::type).forEach(t -> types.merge(t, 1, Integer::sum));
        assertEquals(Map.of("conversion", 12, "cumulative", 24, "derived", 12, "ratio", 12, "simple", 60), types);

        WorkspaceLinter.LintRun run = WorkspaceLinter.standard().lint(p.files(), dir, ValidationPolicy.DEFAULT);
        List<Diagnostic> notRefs = run.diagnostics().stream()
                .filter(d -> !d.rule().equals("semantic-unresolved-ref")).toList();
        assertEquals(List.of(), notRefs, "only the refs (no SQL models are generated) are reported");
        assertEquals(12, run.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count());
    }
}
