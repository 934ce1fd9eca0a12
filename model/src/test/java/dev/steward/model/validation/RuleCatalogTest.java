package dev.steward.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.testing.Corpus;
import dev.steward.model.workspace.PolicyFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {

    @Test
    void everyRuleReportedOnTheCorpusIsCatalogued() throws IOException {
        Path corpus = Corpus.require();
        ArtifactLinter linter = ArtifactLinter.standard();
        Set<String> reported = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList();
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (linter.recognises(text)) {
                linter.lint(file, text, ValidationContext.standalone()).diagnostics().forEach(d -> reported.add(d.rule()));
            }
        }
        Set<String> missing = new TreeSet<>(reported);
        missing.removeAll(RuleCatalog.ids());
        assertTrue(missing.isEmpty(), "rules reported but not in the catalog: " + missing);
        assertTrue(reported.size() > 10, "the corpus exercises many rules: " + reported);
    }

    @Test
    void aPolicyNamingAnUnknownRuleIsFlaggedWithTheCloseMatch() {
        PolicyFile.Loaded loaded = PolicyFile.parse(Path.of("steward-policies.yaml"), """
                policies:
                  - id: odcs-owner-mising
                    severity: error
                  - id: odcs-pii-unclassified
                    severity: error
                """);
        List<Diagnostic> problems = loaded.problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(PolicyFile.RULE_UNKNOWN_RULE, problems.get(0).rule());
        assertEquals(2, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("did you mean 'odcs-owner-missing'"), problems.get(0).message());
    }
}
