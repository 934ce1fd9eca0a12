package dev.steward.model.mesh.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.mesh.product.ProductStandard;
import dev.steward.model.testing.Corpus;
import dev.steward.model.yaml.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every YAML file of the lineage/mesh corpus: data product files are recognised (and nothing else
 * is), and the structural checker reports an error exactly when the official JSON Schema of the
 * version the file declares rejects it. The verdicts below were computed with the official schemas
 * ({@code odps-json-schema-v0.9.0.json} / {@code -v1.0.0.json}, {@code dataproduct.schema.json},
 * python-jsonschema 4.26, Draft 2019-09 / Draft 7) — the schemas are oracles, never read here.
 */
class ProductConformanceTest {

    /** Relative path → verdict of the official schema of the declared version (true: valid). */
    private static final Map<String, Boolean> ORACLE = Map.of(
            "open-data-product-standard/simple-data-product.odps.yaml", true,
            // declares v0.9.0 but uses v1.0.0 constructs: a team object, tags/customProperties/
            // authoritativeDefinitions on ports, a free authoritative definition type (4 schema errors)
            "open-data-product-standard/customer-data-product.odps.yaml", false,
            "dataproduct-specification/readme-example.dataproduct.yaml", true,
            "datamesh-manager-example-gitops/dataproducts/shelf_warmers.yml", true,
            "datamesh-manager-example-gitops/dataproducts/stock_updated.yml", true);

    @Test
    void checkerAgreesWithTheOfficialSchemasOnEveryCorpusProduct() throws IOException {
        Path lineage = Corpus.require().resolve("lineage");
        Map<String, ProductStandard> recognised = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        try (Stream<Path> files = Files.walk(lineage)) {
            for (Path file : files.filter(ProductConformanceTest::isYaml).sorted().toList()) {
                String text = Files.readString(file);
                Optional<ProductStandard> standard = ProductStandard.detect(text);
                String relative = lineage.relativize(file).toString().replace('\\', '/');
                if (standard.isEmpty()) {
                    continue;
                }
                recognised.put(relative, standard.get());
                List<Diagnostic> errors = new ProductSchemaChecker().check(new YamlParser().parse(file, text), standard.get())
                        .stream().filter(d -> d.severity() == Severity.ERROR).toList();
                Boolean valid = ORACLE.get(relative);
                if (valid == null || errors.isEmpty() != valid) {
                    mismatches.add(relative + ": oracle " + (valid == null ? "unknown" : valid ? "valid" : "invalid")
                            + ", got " + (errors.isEmpty() ? "no error" : errors));
                }
            }
        }
        System.out.println("Product conformance: " + recognised.size() + " product files, " + mismatches.size()
                + " mismatches " + recognised);
        assertEquals(ORACLE.keySet(), recognised.keySet(), "recognised product files");
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    @Test
    void theInvalidExampleIsExplainedAsVersionOneConstructsWithABumpFix() throws IOException {
        Path file = Corpus.require().resolve("lineage/open-data-product-standard/customer-data-product.odps.yaml");
        List<Diagnostic> found = new ProductSchemaChecker().check(new YamlParser().parse(file, Files.readString(file)),
                ProductStandard.ODPS);
        List<Diagnostic> errors = found.stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().allMatch(d -> d.rule().equals("product-version-construct")), errors.toString());
        Diagnostic team = errors.stream().filter(d -> d.message().startsWith("'team' as a mapping")).findFirst().orElseThrow();
        assertTrue(team.message().contains("Bitol ODPS v1.0.0"), team.message());
        assertEquals(103, team.line(), "at the team mapping");
        assertEquals("Bump apiVersion to v1.0.0", team.fixes().getFirst().title());
        assertTrue(found.stream().anyMatch(d -> d.rule().equals("product-deprecated-version") && d.line() == 1));
    }

    private static boolean isYaml(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"));
    }
}
