package dev.steward.model.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.RuleLevel;
import dev.steward.model.validation.ValidationPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyFileTest {

    @TempDir
    Path dir;

    private final Path file = Path.of("steward-policies.yaml");

    @Test
    void readsLevelsAndCommitBlocking() {
        PolicyFile.Loaded loaded = PolicyFile.parse(file, """
                policies:
                  - id: odcs-owner-missing
                    severity: warning
                  - id: odcs-unknown-key
                    severity: off
                commit:
                  blockOnErrors: false
                """);

        assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
        assertEquals(Map.of("odcs-owner-missing", RuleLevel.WARNING, "odcs-unknown-key", RuleLevel.OFF),
                loaded.policy().levels());
        assertFalse(loaded.policy().blockCommitOnErrors());
    }

    @Test
    void aMissingFileGivesTheDefaultPolicy() {
        PolicyFile.Loaded loaded = PolicyFile.load(dir);

        assertEquals(ValidationPolicy.DEFAULT, loaded.policy());
        assertTrue(loaded.file().isEmpty());
        assertTrue(loaded.problems().isEmpty());
    }

    @Test
    void brokenYamlIsADiagnosticWithPosition() {
        PolicyFile.Loaded loaded = PolicyFile.parse(file, """
                policies:
                  - id: a
                    severity: "warning
                """);

        assertEquals(ValidationPolicy.DEFAULT, loaded.policy());
        Diagnostic d = loaded.problems().getFirst();
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(file, d.path());
        assertTrue(d.line() >= 3, d.toString());
    }

    @Test
    void aBadSeverityIsReportedAtItsValueAndTheOtherPoliciesStillApply() {
        PolicyFile.Loaded loaded = PolicyFile.parse(file, """
                policies:
                  - id: rule-a
                    severity: loud
                  - id: rule-b
                    severity: info
                """);

        assertEquals(Map.of("rule-b", RuleLevel.INFO), loaded.policy().levels());
        Diagnostic d = loaded.problems().getFirst();
        assertEquals(PolicyFile.RULE_INVALID, d.rule());
        assertEquals(3, d.line());
        assertEquals(15, d.column());
        assertTrue(d.message().contains("'loud'") && d.message().contains("error, warning, info or off"), d.message());
    }

    @Test
    void structuralMistakesAreReported() {
        PolicyFile.Loaded loaded = PolicyFile.parse(file, """
                policies:
                  - severity: error
                  - just-a-string
                commit:
                  blockOnErrors: maybe
                extra: 1
                """);

        assertEquals(4, loaded.problems().size(), loaded.problems().toString());
        assertEquals(2, loaded.problems().get(0).line()); // missing id
        assertEquals(3, loaded.problems().get(1).line()); // not a mapping
        assertEquals(5, loaded.problems().get(2).line()); // not a boolean
        assertEquals(PolicyFile.RULE_UNKNOWN_KEY, loaded.problems().get(3).rule());
        assertTrue(loaded.policy().blockCommitOnErrors(), "an invalid value keeps the default");
    }

    @Test
    void aListAtTheTopIsReported() {
        PolicyFile.Loaded loaded = PolicyFile.parse(file, "- a\n- b\n");

        assertEquals(1, loaded.problems().size());
        assertTrue(loaded.problems().getFirst().message().contains("must be a mapping"));
    }

    @Test
    void locateWalksUpToTheRepositoryRoot() throws IOException {
        Path repo = dir.resolve("repo");
        Path deep = Files.createDirectories(repo.resolve("a/b"));
        Files.createDirectories(repo.resolve(".git"));
        assertEquals(Optional.empty(), PolicyFile.locate(deep));

        Files.writeString(dir.resolve(PolicyFile.FILE_NAME), "policies: []\n"); // above the repository: ignored
        assertEquals(Optional.empty(), PolicyFile.locate(deep));

        Path inRepo = Files.writeString(repo.resolve(PolicyFile.FILE_NAME), "policies: []\n");
        assertEquals(Optional.of(inRepo.toAbsolutePath()), PolicyFile.locate(deep));
        assertEquals(Optional.of(inRepo.toAbsolutePath()), PolicyFile.locate(deep.resolve("c.yaml")));
    }
}
