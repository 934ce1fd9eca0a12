package dev.steward.model.mesh.schema;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The corpus has few data product files, so each valid one is also mutated (a required key dropped,
 * an extension key added, a value of the wrong type...) and the checker must agree with the official
 * JSON Schema of the declared version on every mutant. The verdicts were computed by applying the
 * same text edits and validating with python-jsonschema 4.26 against the corpus schemas (oracles
 * only, never read here). The customer example is checked as v1.0.0, the version it is written for.
 */
class ProductMutationConformanceTest {

    private static final Map<String, UnaryOperator<String>> MUTATIONS = new LinkedHashMap<>();
    private static final Map<String, Boolean> ODPS_VERDICTS = Map.of("drop-id", false, "drop-status", false,
            "drop-name", true, "extra-key", false, "id-number", false, "tags-scalar", false, "port-version-number", false);
    private static final Map<String, Boolean> DPS_VERDICTS = Map.of("drop-id", false, "extra-key", true,
            "id-number", false, "containsPii-text", false, "tags-scalar", false, "port-unknown-key", true);

    static {
        MUTATIONS.put("drop-id", dropKey("id"));
        MUTATIONS.put("drop-status", dropKey("status"));
        MUTATIONS.put("drop-name", dropKey("name"));
        MUTATIONS.put("extra-key", t -> "extraKey: 1\n" + t);
        MUTATIONS.put("id-number", t -> replaceFirst(t, "(?m)^id: .*$", "id: 42"));
        MUTATIONS.put("tags-scalar", t -> replaceFirst(t, "(?m)^tags:.*$", "tags: one"));
        MUTATIONS.put("port-version-number", t -> t.replaceFirst(Pattern.quote("  version: 1.0.0"), "  version: 1"));
        MUTATIONS.put("containsPii-text", t -> t.replaceFirst("containsPii: false", "containsPii: \"yes\""));
        MUTATIONS.put("port-unknown-key", t -> t.replaceFirst("    type: ", "    typ: "));
    }

    @Test
    void everyMutantOfEveryValidCorpusProductGetsTheOracleVerdict() throws IOException {
        Path lineage = Corpus.require().resolve("lineage");
        Map<String, ProductStandard> files = Map.of(
                "open-data-product-standard/simple-data-product.odps.yaml", ProductStandard.ODPS,
                "open-data-product-standard/customer-data-product.odps.yaml", ProductStandard.ODPS,
                "dataproduct-specification/readme-example.dataproduct.yaml", ProductStandard.DPS,
                "datamesh-manager-example-gitops/dataproducts/shelf_warmers.yml", ProductStandard.DPS,
                "datamesh-manager-example-gitops/dataproducts/stock_updated.yml", ProductStandard.DPS);
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (var file : files.entrySet()) {
            String base = Files.readString(lineage.resolve(file.getKey()));
            if (file.getKey().contains("customer")) {
                base = base.replace("apiVersion: v0.9.0", "apiVersion: v1.0.0");
            }
            Map<String, Boolean> verdicts = file.getValue() == ProductStandard.ODPS ? ODPS_VERDICTS : DPS_VERDICTS;
            mismatches.addAll(compare(file.getKey() + " (unchanged)", base, file.getValue(), true));
            for (var verdict : verdicts.entrySet()) {
                String mutant = MUTATIONS.get(verdict.getKey()).apply(base);
                if (!mutant.equals(base)) {
                    mismatches.addAll(compare(file.getKey() + " " + verdict.getKey(), mutant, file.getValue(), verdict.getValue()));
                    checked++;
                }
            }
        }
        System.out.println("Product mutation conformance: " + checked + " mutants, " + mismatches.size() + " mismatches");
        assertTrue(checked >= 25, "mutants checked: " + checked);
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    private static List<String> compare(String what, String text, ProductStandard standard, boolean valid) {
        List<Diagnostic> errors = new ProductSchemaChecker().check(new YamlParser().parse(Path.of("p.yaml"), text), standard)
                .stream().filter(d -> d.severity() == Severity.ERROR).toList();
        return errors.isEmpty() == valid ? List.of()
                : List.of(what + ": oracle " + (valid ? "valid" : "invalid") + ", got " + (errors.isEmpty() ? "no error" : errors));
    }

    private static UnaryOperator<String> dropKey(String key) {
        return t -> Arrays.stream(t.split("\n", -1)).filter(l -> !l.startsWith(key + ":")).collect(Collectors.joining("\n"));
    }

    private static String replaceFirst(String text, String regex, String replacement) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? text.substring(0, m.start()) + replacement + text.substring(m.end()) : text;
    }
}
