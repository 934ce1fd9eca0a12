package dev.steward.model.mesh;

import static dev.steward.model.mesh.MeshFixture.in;
import static dev.steward.model.mesh.MeshFixture.out;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.RuleCatalog;
import dev.steward.model.validation.RuleLevel;
import dev.steward.model.validation.RuleOptions;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The single entry point for one data product file: structure, then the mesh with the live text. */
class DataProductLinterTest {

    private static final MeshFixture WORKSPACE = new MeshFixture().odcs("orders", "T", "active", "")
            .odcs("report", "T", "active", "")
            .odps("shop", "sales", "T", "active", out("orders", "orders"))
            .odps("r", "sales", "T", "active", in("orders") + out("r", "report"));

    @Test
    void theLiveTextReplacesTheSavedFileInTheMesh() {
        MeshModel saved = WORKSPACE.model();
        Path r = MeshFixture.path("products/r.odps.yaml");
        assertEquals(List.of(), DataProductLinter.lint(r, WORKSPACE.text("products/r.odps.yaml"), saved));
        String edited = WORKSPACE.text("products/r.odps.yaml").replace("contractId: orders", "contractId: orderz");
        List<Diagnostic> found = DataProductLinter.lint(r, edited, saved);
        assertEquals(List.of("mesh-input-port-unresolved"), found.stream().map(Diagnostic::rule).toList());
        assertEquals(r, found.getFirst().path());
    }

    @Test
    void findingsOfOtherFilesAreNotReportedHere() {
        MeshModel saved = WORKSPACE.model();
        Path shop = MeshFixture.path("products/shop.odps.yaml");
        String retired = WORKSPACE.text("products/shop.odps.yaml").replace("status: active", "status: retired");
        assertEquals(List.of(), DataProductLinter.lint(shop, retired, saved), "the warning belongs to r.odps.yaml");
    }

    @Test
    void structureAndMeshFindingsAreGradedByThePolicy() {
        Path r = MeshFixture.path("products/r.odps.yaml");
        String text = WORKSPACE.text("products/r.odps.yaml").replace("contractId: orders", "contractId: orderz")
                .replace("status: active", "status: active\nowner: me");
        ValidationPolicy policy = new ValidationPolicy(Map.of("product-unknown-key", RuleLevel.WARNING,
                "mesh-input-port-unresolved", RuleLevel.OFF), true);
        List<Diagnostic> found = DataProductLinter.lint(r, text, WORKSPACE.model(), policy);
        assertEquals(1, found.size(), found.toString());
        assertEquals("product-unknown-key", found.getFirst().rule());
        assertEquals(Severity.WARNING, found.getFirst().severity());
    }

    @Test
    void aStructuralRuleScopedToOtherDomainsIsNotReported() {
        Path r = MeshFixture.path("products/r.odps.yaml");
        String text = WORKSPACE.text("products/r.odps.yaml").replace("status: active", "status: active\nowner: me");
        ValidationPolicy customerOnly = new ValidationPolicy(Map.of(), true,
                Map.of("product-unknown-key", RuleOptions.NONE.withScope(Set.of("customer"))));
        assertEquals(List.of(), DataProductLinter.lint(r, text, WORKSPACE.model(), customerOnly));
        assertEquals(List.of("product-unknown-key"), DataProductLinter.lint(r, text, WORKSPACE.model()).stream()
                .map(Diagnostic::rule).toList());
    }

    @Test
    void aFileThatIsNoDataProductGivesNothingAndBrokenYamlGivesTheSyntaxError() {
        assertEquals(List.of(), DataProductLinter.lint(Path.of("c.yaml"), "apiVersion: v3.1.0\nkind: DataContract\n",
                MeshModel.EMPTY));
        List<Diagnostic> broken = DataProductLinter.lint(Path.of("p.yaml"),
                "apiVersion: v1.0.0\nkind: DataProduct\nid: [x\n", MeshModel.EMPTY);
        assertEquals(1, broken.size(), broken.toString());
        assertEquals(Severity.ERROR, broken.getFirst().severity());
    }

    @Test
    void everyRuleReportedOnTheCorpusProductsIsCatalogued() throws IOException {
        Path lineage = Corpus.require().resolve("lineage");
        MeshModel mesh = MeshWorkspaceReader.read(lineage);
        Set<String> reported = new TreeSet<>();
        try (Stream<Path> files = Files.walk(lineage)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList()) {
                DataProductLinter.lint(f, Files.readString(f), mesh).forEach(d -> reported.add(d.rule()));
            }
        }
        Set<String> missing = new TreeSet<>(reported);
        missing.removeAll(RuleCatalog.ids());
        assertEquals(Set.of(), missing);
        assertTrue(reported.contains("mesh-input-port-unresolved") && reported.contains("product-version-construct"),
                reported.toString());
    }
}
