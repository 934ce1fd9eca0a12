package dev.steward.model.semantic.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.semantic.DsiRuleIds;
import dev.steward.model.testing.Corpus;
import dev.steward.model.validation.FileReport;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.workspace.WorkspaceLinter;
import dev.steward.model.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Conformance of the whole lint pipeline ({@code steward lint}, the studio) on the semantic corpus:
 * every fixture dbt-semantic-interfaces accepts lints without an error, and every generated
 * validation case reports its targeted defect under the mapped rule id.
 */
class SemanticLintCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyFixtureDsiAcceptsLintsWithoutErrors() throws IOException {
        Path semantic = Corpus.require().resolve("semantic");
        List<Path> accepted = new ArrayList<>();
        try (Stream<Path> s = Files.walk(semantic)) {
            for (Path verdict : s.filter(p -> p.getFileName().toString().endsWith("dsi_validation.json")).sorted().toList()) {
                JsonNode summary = JSON.readTree(verdict.toFile()).path("summary");
                if (!summary.has("ERROR")) {
                    String file = verdict.getFileName().toString();
                    accepted.add(file.equals("dsi_validation.json") ? verdict.getParent()
                            : verdict.resolveSibling(file.substring(0, file.length() - ".dsi_validation.json".length())));
                }
            }
        }
        assertEquals(15, accepted.size(), "fixtures DSI accepts: " + accepted);
        List<String> errors = new ArrayList<>();
        java.util.Map<String, Integer> warnings = new java.util.TreeMap<>();
        for (Path fixture : accepted) {
            WorkspaceLinter.LintRun run = lint(fixture);
            run.diagnostics().stream().filter(d -> d.severity() != Severity.ERROR)
                    .forEach(d -> warnings.merge(d.rule(), 1, Integer::sum));
            assertFalse(semanticFiles(run).isEmpty(), fixture + " has semantic files");
            run.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                    .forEach(d -> errors.add(semantic.relativize(fixture) + ": " + fixture.relativize(d.path()) + ":"
                            + d.line() + " [" + d.rule() + "] " + d.message()));
        }
        System.out.println("DSI-accepted fixtures: " + accepted.size() + ", errors: " + errors.size()
                + ", warnings by rule: " + warnings);
        assertEquals("", String.join("\n", errors));
    }

    @Test
    void everyValidationCaseReportsItsTargetedDefect() throws IOException {
        Path dir = Corpus.require().resolve("semantic/validation-cases");
        JsonNode index = JSON.readTree(dir.resolve("index.json").toFile());
        List<String> missed = new ArrayList<>();
        int cases = 0;
        for (JsonNode c : index.get("cases")) {
            cases++;
            String name = c.get("case").asText();
            boolean blocking = c.get("has_blocking_issues").asBoolean();
            List<Diagnostic> found = lint(dir.resolve("cases").resolve(name)).diagnostics();
            if (!blocking) {
                List<Diagnostic> errors = found.stream().filter(d -> d.severity() == Severity.ERROR).toList();
                if (!errors.isEmpty()) {
                    missed.add(name + " (valid) got " + errors.stream().map(d -> d.rule() + " " + d.message()).toList());
                }
                continue;
            }
            Set<String> ids = DsiRuleIds.idsFor(c.get("targeted_rule").asText());
            if (ids.isEmpty() || found.stream().noneMatch(d -> ids.contains(d.rule()) && d.severity() == Severity.ERROR)) {
                missed.add(name + " expected one of " + ids + " got "
                        + found.stream().map(d -> d.severity() + " " + d.rule() + " " + d.message()).toList());
            }
        }
        System.out.println("validation cases: " + (cases - missed.size()) + "/" + cases);
        assertEquals("", String.join("\n", missed));
    }

    static WorkspaceLinter.LintRun lint(Path folder) {
        List<Path> files = new WorkspaceScanner().scan(List.of(folder)).files();
        return WorkspaceLinter.standard().lint(files, folder, ValidationPolicy.DEFAULT);
    }

    private static List<FileReport> semanticFiles(WorkspaceLinter.LintRun run) {
        return run.files().stream().filter(f -> f.kind().filter(k -> k == ArtifactKind.SEMANTIC).isPresent()).toList();
    }
}
