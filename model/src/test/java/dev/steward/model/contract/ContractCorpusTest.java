package dev.steward.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.artifact.ArtifactDetector;
import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.contract.dcs.DcsContract;
import dev.steward.model.contract.dcs.DcsValidator;
import dev.steward.model.contract.odcs.OdcsContract;
import dev.steward.model.contract.odcs.OdcsValidator;
import dev.steward.model.contract.semantic.RuleRunner;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.testing.Corpus;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.validation.WorkspaceIndex;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the semantic rules over every ODCS and DCS file of the shared corpus: they must never fail,
 * and files the standards' JSON Schemas accept (MANIFEST.json {@code valid: true}) must get no
 * semantic error (warnings are fine: the corpus is full of unclassified e-mails).
 */
class ContractCorpusTest {

    private record Contract(Path path, ArtifactKind kind, YamlDocument document) {
    }

    @Test
    void semanticRulesNeverFailAndAcceptWhatTheStandardsAccept() throws IOException {
        Path corpus = Corpus.require();
        Set<Path> valid = validFiles(corpus);
        List<Contract> contracts = contracts(corpus);
        WorkspaceIndex index = new WorkspaceIndex(corpus);
        ArtifactLinter linter = ArtifactLinter.standard();
        for (Contract c : contracts) {
            linter.parse(c.path(), c.document().text()).summary().ifPresent(index::put);
        }
        ValidationContext context = new ValidationContext(index, ValidationPolicy.DEFAULT);

        Map<String, Integer> perRule = new TreeMap<>();
        List<String> wrongErrors = new ArrayList<>();
        int validChecked = 0;
        for (Contract c : contracts) {
            List<Diagnostic> found = semantic(c, context);
            for (Diagnostic d : found) {
                perRule.merge(d.rule() + " " + d.severity().label(), 1, Integer::sum);
                assertTrue(!d.rule().equals(RuleRunner.RULE), () -> "rule failed on " + c.path() + ": " + d);
            }
            if (valid.contains(c.path().toAbsolutePath().normalize())) {
                validChecked++;
                found.stream().filter(d -> d.severity() == Severity.ERROR).forEach(d -> wrongErrors.add(d.toString()));
            }
            // the whole pipeline must not throw either
            linter.lint(c.path(), c.document().text(), context);
        }
        System.out.println("Semantic findings over " + contracts.size() + " corpus contracts (" + validChecked
                + " schema-valid):");
        perRule.forEach((rule, count) -> System.out.printf("  %-40s %5d%n", rule, count));
        assertTrue(validChecked > 40, "expected the manifests to mark many files valid, found " + validChecked);
        assertEquals(List.of(), wrongErrors, "semantic errors in files the standard's schema accepts");
    }

    private static List<Diagnostic> semantic(Contract c, ValidationContext context) {
        return switch (c.kind()) {
            case ODCS -> OdcsContract.of(c.document())
                    .map(contract -> new OdcsValidator().semanticProblems(contract, context)).orElse(List.of());
            case DCS -> DcsContract.of(c.document())
                    .map(contract -> new DcsValidator().semanticProblems(contract, context)).orElse(List.of());
            case SEMANTIC, DATA_PRODUCT -> List.of();
        };
    }

    private static List<Contract> contracts(Path corpus) throws IOException {
        YamlParser parser = new YamlParser();
        List<Contract> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path p : files.filter(Files::isRegularFile).filter(ContractCorpusTest::isYaml).sorted().toList()) {
                String text = new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8);
                var kind = ArtifactDetector.detect(text);
                if (kind.isPresent() && kind.get() != ArtifactKind.SEMANTIC) { // semantic files: SemanticLintCorpusTest
                    YamlDocument doc = parser.parse(p, text);
                    if (doc.root().isPresent()) {
                        out.add(new Contract(p, kind.get(), doc));
                    }
                }
            }
        }
        return out;
    }

    private static Set<Path> validFiles(Path corpus) throws IOException {
        Set<Path> valid = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(corpus, 2)) {
            for (Path manifest : files.filter(p -> p.getFileName().toString().equals("MANIFEST.json")).toList()) {
                for (JsonNode file : json.readTree(manifest.toFile()).path("files")) {
                    if (file.path("valid").asBoolean(false)) {
                        valid.add(manifest.getParent().resolve(file.path("path").asText()).toAbsolutePath().normalize());
                    }
                }
            }
        }
        return valid;
    }

    private static boolean isYaml(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }
}
