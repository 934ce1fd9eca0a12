package dev.steward.resources.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.FileReport;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.validation.WorkspaceIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The sample is the first thing a user sees: it must lint without errors (only the documented
 * warnings and notes). While the ODCS and DCS validators are placeholders on this branch the
 * error assertion only covers YAML syntax; it becomes the real check once the validators land.
 */
class SampleLintTest {

    private static final Path ROOT = Path.of("/sample");

    private final ArtifactLinter linter = ArtifactLinter.standard();

    private List<FileReport> lintWholeSample() {
        WorkspaceIndex index = new WorkspaceIndex(ROOT);
        List<ArtifactLinter.Parsed> parsed = new ArrayList<>();
        for (String file : BundledSample.listedFiles()) {
            if (file.endsWith(".yaml")) {
                ArtifactLinter.Parsed p = linter.parse(ROOT.resolve(file), BundledSample.read(file));
                linter.register(p, index); // as a workspace lint does: contracts, products and domains feed the mesh
                parsed.add(p);
            }
        }
        ValidationContext context = new ValidationContext(index, ValidationPolicy.DEFAULT);
        return parsed.stream().map(p -> linter.lint(p, context)).toList();
    }

    @Test
    void noFileOfTheSampleHasAnError() {
        List<Diagnostic> errors = lintWholeSample().stream()
                .flatMap(r -> r.diagnostics().stream())
                .filter(d -> d.severity() == Severity.ERROR)
                .toList();
        assertEquals(List.of(), errors);
    }

    @Test
    void contractsAreRecognisedByContent() {
        Map<String, String> kinds = new TreeMap<>();
        for (FileReport r : lintWholeSample()) {
            kinds.put(ROOT.relativize(r.path()).toString().replace('\\', '/'),
                    r.kind().map(ArtifactKind::id).orElse("none"));
        }
        assertEquals(Map.ofEntries(
                Map.entry("contracts/customers.odcs.yaml", "odcs"),
                Map.entry("contracts/orders.odcs.yaml", "odcs"),
                Map.entry("contracts/payments.odcs.yaml", "odcs"),
                Map.entry("contracts/products.odcs.yaml", "odcs"),
                Map.entry("contracts/customer-360.odcs.yaml", "odcs"),
                Map.entry("contracts/revenue-daily.odcs.yaml", "odcs"),
                Map.entry("legacy/shipments.datacontract.yaml", "dcs"),
                Map.entry("domains.yaml", "none"),
                Map.entry("products/customer-360.odps.yaml", "dataproduct"),
                Map.entry("products/customer-accounts.odps.yaml", "dataproduct"),
                Map.entry("products/payments-ledger.odps.yaml", "dataproduct"),
                Map.entry("products/product-catalogue.odps.yaml", "dataproduct"),
                Map.entry("products/revenue-reporting.dataproduct.yaml", "dataproduct"),
                Map.entry("products/web-shop-orders.odps.yaml", "dataproduct"),
                Map.entry("steward-policies.yaml", "none")), kinds);
        assertTrue(lintWholeSample().stream().allMatch(r -> r.document().problems().isEmpty()),
                "every sample file is clean YAML");
    }
}
