package dev.steward.model.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.mesh.governance.MeshPolicyChecker;
import dev.steward.model.testing.Corpus;
import dev.steward.model.validation.ValidationPolicy;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Data Mesh Manager GitOps example repository read as a workspace: a consistent mesh without findings. */
class GitOpsCorpusTest {

    @Test
    void theExampleRepositoryIsAConsistentMesh() {
        MeshModel mesh = MeshWorkspaceReader.read(Corpus.require().resolve("lineage/datamesh-manager-example-gitops"));
        assertEquals(Set.of("shelf_warmers", "stock_updated"),
                mesh.products().stream().map(MeshProduct::id).collect(Collectors.toSet()));
        assertEquals(4, mesh.contracts().size());
        assertEquals("fulfillment", mesh.contract("s3_bucket_stock_updated_v1").orElseThrow().ownerTeam());
        assertEquals("Domain Team", mesh.organization().team("Fulfillment").orElseThrow().type());
        assertEquals("Stock Service", mesh.organization().sourceSystem("stock-service").orElseThrow().name());
        assertEquals(List.of(), mesh.dependencies());
        assertEquals(List.of(), MeshPolicyChecker.check(mesh, ValidationPolicy.DEFAULT));
    }
}
