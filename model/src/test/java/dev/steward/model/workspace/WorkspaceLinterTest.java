package dev.steward.model.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.ArtifactValidator;
import dev.steward.model.validation.ContractSummary;
import dev.steward.model.validation.FileReport;
import dev.steward.model.validation.RuleLevel;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLinterTest {

    @TempDir
    Path dir;

    /**
     * A stand-in ODCS validator with one cross-file rule, so that the test can tell whether every
     * contract was in the index before any was validated: {@code dependsOn: ID} must name a
     * contract of the workspace.
     */
    static final class CrossFileValidator implements ArtifactValidator {
        @Override
        public ArtifactKind kind() {
            return ArtifactKind.ODCS;
        }

        @Override
        public Optional<ContractSummary> summarize(YamlDocument document) {
            return document.rootMapping().flatMap(m -> m.text("id"))
                    .map(id -> new ContractSummary(document.path(), ArtifactKind.ODCS, id, id, "1", List.of()));
        }

        @Override
        public List<Diagnostic> validate(YamlDocument document, ValidationContext context) {
            YamlMapping root = document.rootMapping().orElseThrow();
            List<Diagnostic> out = new ArrayList<>();
            root.entry("dependsOn").ifPresent(e -> {
                if (context.index().byId(((dev.steward.model.yaml.YamlScalar) e.value()).value()).isEmpty()) {
                    out.add(new Diagnostic(document.path(), e.value().range(), Severity.ERROR, "test-missing-dependency",
                            "no contract " + ((dev.steward.model.yaml.YamlScalar) e.value()).value()));
                }
            });
            root.entry("owner").ifPresentOrElse(e -> { }, () -> out.add(new Diagnostic(document.path(),
                    root.range(), Severity.WARNING, "test-owner-missing", "no owner")));
            return out;
        }
    }

    private final WorkspaceLinter linter = new WorkspaceLinter(
            new ArtifactLinter(new YamlParser(), List.of(new CrossFileValidator())), new FileTextReader(), 2);

    private static String contract(String id, String dependsOn) {
        return "apiVersion: v3.1.0\nkind: DataContract\nid: " + id + "\nowner: me\n"
                + (dependsOn == null ? "" : "dependsOn: " + dependsOn + "\n");
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    @Test
    void crossFileRulesSeeContractsInLaterFiles() throws IOException {
        Path a = write("a.yaml", contract("a", "z"));
        Path b = write("b.yaml", contract("b", "nobody"));
        Path z = write("z/z.yaml", contract("z", null));

        WorkspaceLinter.LintRun run = linter.lint(List.of(a, b, z), dir, ValidationPolicy.DEFAULT);

        assertEquals(List.of(a, b, z), run.files().stream().map(FileReport::path).toList());
        assertTrue(run.files().get(0).diagnostics().isEmpty(), run.files().get(0).diagnostics().toString());
        assertEquals("test-missing-dependency", run.files().get(1).diagnostics().getFirst().rule());
        assertEquals(1, run.errors());
        assertEquals(3, run.index().all().size());
    }

    @Test
    void unrecognisedYamlIsLeftAloneAndBrokenContractsReportedWithPosition() throws IOException {
        Path other = write("compose.yaml", "services:\n  web: {image: x}\n");
        Path broken = write("broken.yaml", "apiVersion: v3.1.0\nkind: DataContract\nid: x\nname: 'unclosed\n");

        WorkspaceLinter.LintRun run = linter.lint(List.of(other, broken), dir, ValidationPolicy.DEFAULT);

        assertEquals(1, run.files().size());
        Diagnostic d = run.files().getFirst().diagnostics().getFirst();
        assertEquals(YamlParser.RULE_SYNTAX, d.rule());
        assertEquals(Severity.ERROR, d.severity());
        assertTrue(d.line() >= 4, d.toString());
        assertEquals(1, run.errors());
    }

    @Test
    void unreadableInputBecomesDiagnosticsNotExceptions() throws IOException {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "apiVersion: v3.1.0\nkind: DataContract\nname: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path missing = dir.resolve("missing.yaml");

        WorkspaceLinter.LintRun run = linter.lint(List.of(latin1, missing), dir, ValidationPolicy.DEFAULT);

        assertTrue(run.files().isEmpty());
        assertEquals(List.of(FileTextReader.RULE_ENCODING, FileTextReader.RULE_MISSING),
                run.readProblems().stream().map(Diagnostic::rule).toList());
        assertTrue(run.readProblems().get(0).message().contains("not valid UTF-8"));
        assertTrue(run.readProblems().get(1).message().contains("File not found"));
        assertEquals(2, run.errors());
        assertTrue(run.hasUnreadableInput());
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        Path bom = dir.resolve("bom.yaml");
        Files.write(bom, ("\uFEFF" + contract("a", null)).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        WorkspaceLinter.LintRun run = linter.lint(List.of(bom), dir, ValidationPolicy.DEFAULT);

        assertEquals(1, run.files().size());
        assertEquals(0, run.errors() + run.warnings());
        assertFalse(run.hasUnreadableInput());
    }

    @Test
    void thePolicyRegradesAndSilencesRules() throws IOException {
        Path a = write("a.yaml", "apiVersion: v3.1.0\nkind: DataContract\nid: a\ndependsOn: q\n");
        ValidationPolicy policy = new ValidationPolicy(
                Map.of("test-missing-dependency", RuleLevel.WARNING, "test-owner-missing", RuleLevel.OFF), true);

        WorkspaceLinter.LintRun strict = linter.lint(List.of(a), dir, ValidationPolicy.DEFAULT);
        WorkspaceLinter.LintRun relaxed = linter.lint(List.of(a), dir, policy);

        assertEquals(1, strict.errors());
        assertEquals(1, strict.warnings());
        assertEquals(0, relaxed.errors());
        assertEquals(1, relaxed.warnings());
        assertEquals(List.of("test-missing-dependency"), relaxed.diagnostics().stream().map(Diagnostic::rule).toList());
    }

    @Test
    void lintsTwoThousandContractsOfAWorkspace() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String dep = i == 0 ? "absent" : "c" + (i - 1);
            files.add(write("d" + (i % 20) + "/c" + i + ".yaml", contract("c" + i, dep)));
        }
        List<Path> scanned = new WorkspaceScanner().scan(List.of(dir)).files();

        WorkspaceLinter.LintRun run = linter.lint(scanned, dir, ValidationPolicy.DEFAULT);

        assertEquals(2000, scanned.size());
        assertEquals(2000, run.files().size());
        assertEquals(2000, run.index().all().size());
        assertEquals(1, run.errors(), "only c0 depends on a contract that does not exist");
    }
}
