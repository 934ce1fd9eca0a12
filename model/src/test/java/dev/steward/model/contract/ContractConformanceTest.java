package dev.steward.model.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.contract.dcs.DcsSchemaChecker;
import dev.steward.model.contract.odcs.OdcsSchemaChecker;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.testing.Corpus;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.FileReport;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The acceptance bar: for every contract of the shared corpus, the structural checkers report an
 * error exactly when the corpus MANIFEST (computed with the official JSON Schemas of the declared
 * version) says the file is invalid.
 */
class ContractConformanceTest {

    private static final List<String> SETS = List.of("odcs", "datacontract-spec", "datacontract-cli-fixtures");

    record Case(Path file, String kind, String version, boolean valid, String expectedErrors) {
    }

    @Test
    void checkersAgreeWithTheOfficialSchemasOnEveryCorpusContract() throws IOException {
        List<Case> cases = cases(Corpus.require());
        YamlParser parser = new YamlParser();
        List<String> mismatches = new ArrayList<>();
        for (Case c : cases) {
            YamlDocument doc = parser.parse(c.file(), Files.readString(c.file()));
            List<Diagnostic> found = c.kind().equals("ODCS") ? new OdcsSchemaChecker().check(doc) : new DcsSchemaChecker().check(doc);
            List<Diagnostic> errors = found.stream().filter(d -> d.severity() == Severity.ERROR).toList();
            if (errors.isEmpty() != c.valid()) {
                mismatches.add(row(c, errors));
            }
        }
        System.out.println("Conformance: " + cases.size() + " contracts, " + mismatches.size() + " mismatches");
        mismatches.forEach(System.out::println);
        assertTrue(cases.size() > 90, "expected the whole corpus, found " + cases.size());
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches:\n" + String.join("\n", mismatches));
    }

    /**
     * Through the linter (the studio's and the CLI's entry point): a valid contract never gets an
     * error. Invalid ones must all get one as soon as the linter's validators report anything for
     * any of them; until the validators call the structural checkers, they may report nothing.
     */
    @Test
    void theLinterAgreesOnceItsValidatorsRunTheCheckers() throws IOException {
        List<Case> cases = cases(Corpus.require());
        ArtifactLinter linter = ArtifactLinter.standard();
        List<String> validWithErrors = new ArrayList<>();
        List<String> invalidWithout = new ArrayList<>();
        for (Case c : cases) {
            FileReport report = linter.lint(c.file(), Files.readString(c.file()), ValidationContext.standalone());
            assertTrue(report.kind().isPresent(), "not recognised as a contract: " + c.file());
            List<Diagnostic> errors = report.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
            if (c.valid() && !errors.isEmpty()) {
                validWithErrors.add(row(c, errors));
            } else if (!c.valid() && errors.isEmpty()) {
                invalidWithout.add(row(c, errors));
            }
        }
        validWithErrors.forEach(System.out::println);
        assertTrue(validWithErrors.isEmpty(), validWithErrors.size() + " valid contracts with errors:\n"
                + String.join("\n", validWithErrors));
        long invalid = cases.stream().filter(c -> !c.valid()).count();
        boolean wired = invalidWithout.size() < invalid;
        assertTrue(!wired || invalidWithout.isEmpty(), invalidWithout.size() + " invalid contracts without errors:\n"
                + String.join("\n", invalidWithout));
    }

    private static String row(Case c, List<Diagnostic> errors) {
        String got = errors.isEmpty() ? "no error" : errors.size() + " errors, first: " + errors.getFirst();
        return String.format("%-5s %-7s expected %-7s | got %s%n        manifest: %s", c.kind(), c.version(),
                c.valid() ? "valid" : "invalid", got, c.file(), c.expectedErrors());
    }

    static List<Case> cases(Path corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Case> out = new ArrayList<>();
        for (String set : SETS) {
            Path dir = corpus.resolve(set);
            JsonNode manifest = json.readTree(dir.resolve("MANIFEST.json").toFile());
            for (JsonNode f : manifest.get("files")) {
                String kind = f.path("kind").asText("");
                if (!kind.equals("ODCS") && !kind.equals("DCS")) {
                    continue;
                }
                out.add(new Case(dir.resolve(f.get("path").asText()), kind, f.path("version").asText(),
                        f.get("valid").asBoolean(), f.path("errors").toString()));
            }
        }
        return out;
    }
}
