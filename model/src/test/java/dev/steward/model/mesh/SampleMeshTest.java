package dev.steward.model.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.mesh.governance.MeshPolicyChecker;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.workspace.PolicyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample mesh: what the model holds, and that it shows exactly its one documented warning. */
class SampleMeshTest {

    @Test
    void theModelHoldsTheProductsDomainsTeamsAndDependencies() {
        MeshModel mesh = SampleMesh.read();
        assertEquals(Set.of("web-shop-orders", "customer-accounts", "product-catalogue", "customer-360",
                "payments-ledger", "revenue-reporting"), mesh.products().stream().map(MeshProduct::id).collect(Collectors.toSet()));
        assertEquals(Set.of("sales", "customer", "finance"), mesh.domainIds());
        assertEquals(4, mesh.organization().teams().size());
        assertEquals(7, mesh.contracts().size(), "6 ODCS contracts (2 made for the mesh) and the legacy DCS one");
        Set<String> edges = new TreeSet<>();
        mesh.dependencies().forEach(d -> edges.add(d.consumer().id() + " -> " + d.provider().id() + " (" + d.via() + ")"));
        assertEquals(new TreeSet<>(List.of(
                "customer-360 -> customer-accounts (INPUT_PORT)", "customer-360 -> web-shop-orders (INPUT_PORT)",
                "customer-360 -> customer-accounts (INPUT_CONTRACT)", "customer-360 -> web-shop-orders (INPUT_CONTRACT)",
                "revenue-reporting -> web-shop-orders (SOURCE_SYSTEM)", "revenue-reporting -> payments-ledger (SOURCE_SYSTEM)")),
                edges);
        assertEquals(List.of("customer-360"), mesh.productsIn("customer").stream().map(MeshProduct::id).toList());
        assertEquals(3, mesh.productsIn("Sales").size());
    }

    @Test
    void withTheBuiltInPolicyNoRuleFires() {
        MeshModel mesh = SampleMesh.read();
        assertEquals(List.of(), MeshPolicyChecker.check(mesh, ValidationPolicy.DEFAULT));
    }

    @Test
    void withTheSamplePolicyEveryFileIsCleanButCustomer360ShowsTheDeliberateWarning() throws IOException {
        MeshModel mesh = SampleMesh.read();
        PolicyFile.Loaded policy = PolicyFile.loadFile(SampleMesh.MESH.resolve(PolicyFile.FILE_NAME));
        assertEquals(List.of(), policy.problems());
        List<Diagnostic> all = new ArrayList<>();
        try (var files = Files.list(SampleMesh.MESH.resolve("products"))) {
            for (Path file : files.sorted().toList()) {
                all.addAll(DataProductLinter.lint(file, Files.readString(file), mesh, policy.policy()));
            }
        }
        assertEquals(1, all.size(), all.toString());
        Diagnostic d = all.getFirst();
        assertEquals("mesh-cross-domain-dependencies", d.rule());
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("customer-360.odps.yaml", d.path().getFileName().toString());
        assertEquals(10, d.line(), "at the value of 'domain'");
        assertTrue(d.message().contains("depends on 2 products of other domains"), d.message());
        assertTrue(d.message().contains("at most 1"), d.message());
    }
}
