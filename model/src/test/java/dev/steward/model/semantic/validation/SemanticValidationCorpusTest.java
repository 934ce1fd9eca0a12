package dev.steward.model.semantic.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.semantic.DsiRuleIds;
import dev.steward.model.semantic.SemanticProject;
import dev.steward.model.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Conformance against dbt-semantic-interfaces as an oracle: each generated defect case whose DSI
 * rule Steward implements is reported under the mapped Steward rule id, at the level DSI gives it;
 * and every project DSI accepts gets no error from Steward.
 */
class SemanticValidationCorpusTest {
    private final SemanticValidator validator = new SemanticValidator();

    @Test
    void everyImplementedDefectCaseIsReportedUnderItsRule() throws IOException {
        Path dir = Corpus.require().resolve("semantic/validation-cases");
        JsonNode index = new ObjectMapper().readTree(dir.resolve("index.json").toFile());
        List<String> table = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        int implemented = 0;
        table.add(String.format("%-32s %-58s %-12s %s", "case", "targeted rule", "implemented", "found"));
        for (JsonNode c : index.get("cases")) {
            String name = c.get("case").asText();
            String targeted = c.get("targeted_rule").asText();
            Set<String> ids = DsiRuleIds.idsFor(targeted);
            ids.retainAll(new SemanticValidator().ruleIds());
            boolean blocking = c.get("has_blocking_issues").asBoolean();
            List<Diagnostic> found = validator.validate(SemanticProject.read(dir.resolve("cases").resolve(name)));
            String foundText;
            if (ids.isEmpty()) {
                foundText = "-";
            } else {
                implemented++;
                Severity needed = blocking ? Severity.ERROR : Severity.WARNING;
                boolean hit = found.stream().anyMatch(d -> ids.contains(d.rule())
                        && d.severity().compareTo(needed) <= 0);
                foundText = hit ? "yes" : "NO";
                if (!hit) {
                    missed.add(name + " " + found);
                }
            }
            table.add(String.format("%-32s %-58s %-12s %s", name, targeted, ids.isEmpty() ? "no" : "yes", foundText));
            if (!blocking) {
                assertEquals(List.of(), errors(found), name + " is valid for DSI");
            }
            if (name.equals("ok_base")) {
                assertEquals(List.of(), found, "the base every defect case edits is clean, so each finding is the edit's");
            }
        }
        System.out.println(String.join("\n", table));
        assertTrue(implemented >= 15, "implemented cases: " + implemented);
        assertEquals(List.of(), missed);
    }

    @Test
    void projectsDsiAcceptsGetNoError() throws IOException {
        Path semantic = Corpus.require().resolve("semantic");
        List<Path> projects = new ArrayList<>(List.of(semantic.resolve("jaffle-sl-template"),
                semantic.resolve("metricflow/mf_tutorial"),
                semantic.resolve("dbt-semantic-interfaces/simple_semantic_manifest")));
        Path manifests = semantic.resolve("metricflow/semantic_manifest_yamls");
        try (Stream<Path> s = Files.list(manifests)) {
            s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("shared")).sorted()
                    .forEach(projects::add);
        }
        List<String> errors = new ArrayList<>();
        for (Path p : projects) {
            SemanticProject project = SemanticProject.read(p);
            assertTrue(!project.documents().isEmpty(), p + " was read");
            errors(validator.validate(project)).forEach(d -> errors.add(p.getFileName() + ": " + d));
        }
        assertEquals(List.of(), errors);
    }

    private static List<Diagnostic> errors(List<Diagnostic> ds) {
        return ds.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }
}
