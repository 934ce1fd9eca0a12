package dev.steward.model.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.artifact.ArtifactDetector;
import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.FileReport;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.workspace.PolicyFile;
import dev.steward.model.workspace.WorkspaceLinter;
import dev.steward.model.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data product files as workspace artifacts: recognised, validated against the mesh, graded by the policy. */
class DataProductArtifactTest {

    private static final Path SAMPLE = SampleMesh.MESH.toAbsolutePath().normalize();
    private static final String CROSS_DOMAIN = "mesh-cross-domain-dependencies";

    @TempDir
    Path dir;

    @Test
    void productsOfBothStandardsAreRecognisedAfterContracts() {
        assertEquals(Optional.of(ArtifactKind.DATA_PRODUCT),
                ArtifactDetector.detect("apiVersion: v1.0.0\nkind: DataProduct\nid: p\n"));
        assertEquals(Optional.of(ArtifactKind.DATA_PRODUCT),
                ArtifactDetector.detect("dataProductSpecification: 0.0.1\nid: p\ninfo:\n  title: P\n"));
        assertEquals(Optional.of(ArtifactKind.DATA_PRODUCT),
                ArtifactDetector.detect("id: p\ninfo:\n  title: P\noutputPorts:\n  - id: o\n"), "GitOps DPS shape");
        assertEquals(Optional.of(ArtifactKind.ODCS),
                ArtifactDetector.detect("apiVersion: v3.1.0\nkind: DataContract\nid: c\n"));
        assertEquals(Optional.of(ArtifactKind.DCS),
                ArtifactDetector.detect("dataContractSpecification: 1.2.1\nid: c\ninfo:\n  title: C\nmodels: {}\n"));
        assertEquals(Optional.empty(), ArtifactDetector.detect("id: p\ninfo:\n  title: P\n"), "no ports: not a product");
        assertEquals("dataproduct", ArtifactKind.DATA_PRODUCT.id());
    }

    @Test
    void aProductFileIsLintedAgainstTheWorkspaceMeshAndItsLiveTextWins() throws IOException {
        WorkspaceLinter.LintRun run = lintSample(ValidationPolicy.DEFAULT);
        Path orders = SAMPLE.resolve("products/web-shop-orders.odps.yaml");
        String saved = Files.readString(orders);
        String live = saved.replace("contractId: 5f2e8c41-9d3a-4b67-a1c0-2e4f6a8b9c31", "contractId: no-such-contract");
        ArtifactLinter linter = ArtifactLinter.standard();
        ValidationContext context = new ValidationContext(run.index(), ValidationPolicy.DEFAULT);

        FileReport report = linter.lint(orders, live, context);

        assertEquals(Optional.of(ArtifactKind.DATA_PRODUCT), report.kind());
        List<Diagnostic> missing = report.diagnostics().stream()
                .filter(d -> d.rule().equals("mesh-output-contract-missing")).toList();
        assertEquals(1, missing.size(), report.diagnostics().toString());
        int offset = live.indexOf("no-such-contract");
        assertTrue(missing.get(0).range().startOffset() <= offset && offset < missing.get(0).range().endOffset(),
                "at the contract id: " + missing.get(0).range());
        assertEquals(lineOf(live, "contractId:"), missing.get(0).range().startLine());

        // the mesh every other product is checked against holds the edit too
        assertEquals(List.of("no-such-contract"), run.index().mesh().model().product("web-shop-orders").orElseThrow()
                .outputPorts().stream().map(MeshPort::contractId).toList());
        FileReport saveAgain = linter.lint(orders, saved, context);
        assertEquals(List.of(), saveAgain.diagnostics(), "the saved text is clean again");
    }

    @Test
    void theSampleLintsWithExactlyItsDeliberateWarningOnTheProductItConcerns() {
        WorkspaceLinter.LintRun run = lintSample(PolicyFile.load(SAMPLE).policy());

        List<Diagnostic> mesh = run.diagnostics().stream().filter(d -> d.rule().startsWith("mesh-")
                || d.rule().startsWith("product-")).toList();
        assertEquals(1, mesh.size(), mesh.toString());
        Diagnostic warning = mesh.get(0);
        assertEquals(CROSS_DOMAIN, warning.rule());
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals(SAMPLE.resolve("products/customer-360.odps.yaml"), warning.path().toAbsolutePath().normalize());
        assertEquals(6, run.files().stream().filter(f -> f.kind().equals(Optional.of(ArtifactKind.DATA_PRODUCT))).count());
        assertEquals(0, run.errors(), run.diagnostics().toString());
    }

    @Test
    void thePolicyTurnsAMeshRuleOffOrRegradesIt() throws IOException {
        assertEquals(List.of(), meshFindings(policy("severity: off\n    max: 1")));
        List<Diagnostic> error = meshFindings(policy("severity: error\n    max: 1"));
        assertEquals(1, error.size(), error.toString());
        assertEquals(Severity.ERROR, error.get(0).severity());
        assertEquals(List.of(), meshFindings(policy("severity: error\n    max: 1\n    scope: [finance]")),
                "the rule is limited to finance products; customer-360 is in the customer domain");
    }

    private List<Diagnostic> meshFindings(ValidationPolicy policy) {
        return lintSample(policy).diagnostics().stream().filter(d -> d.rule().equals(CROSS_DOMAIN)).toList();
    }

    private ValidationPolicy policy(String crossDomain) throws IOException {
        Path file = dir.resolve(PolicyFile.FILE_NAME);
        Files.writeString(file, "policies:\n  - id: " + CROSS_DOMAIN + "\n    " + crossDomain + "\n");
        PolicyFile.Loaded loaded = PolicyFile.loadFile(file);
        assertEquals(List.of(), loaded.problems());
        return loaded.policy();
    }

    private static WorkspaceLinter.LintRun lintSample(ValidationPolicy policy) {
        List<Path> files = new WorkspaceScanner().scan(List.of(SAMPLE)).files();
        return new WorkspaceLinter(ArtifactLinter.standard(), new dev.steward.model.workspace.FileTextReader(), 2)
                .lint(files, SAMPLE, policy);
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
