package dev.steward.views.mesh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Meshes for domain map tests: the sample workspace, and a small mesh with a cycle written to a folder. */
final class MeshFiles {

    static final Path SAMPLE = Path.of("../resources/src/main/resources/dev/steward/resources/sample");

    private MeshFiles() {
    }

    /**
     * Domain "ops": alpha and beta consume each other's output (a cycle); domain "bi": gamma consumes alpha.
     * Only alpha's contract exists in the workspace.
     */
    static Path cycle(Path root) throws IOException {
        product(root, "alpha", "ops", "beta-out", "alpha-out");
        product(root, "beta", "ops", "alpha-out", "beta-out");
        product(root, "gamma", "bi", "alpha-out", "gamma-out");
        Files.createDirectories(root.resolve("contracts"));
        Files.writeString(root.resolve("contracts/alpha-out.odcs.yaml"), """
                apiVersion: v3.1.0
                kind: DataContract
                id: alpha-out
                name: Alpha out
                version: 1.0.0
                status: active
                team:
                  name: ops-team
                schema:
                  - name: alpha
                    properties:
                      - name: id
                        logicalType: string
                """);
        return root;
    }

    private static void product(Path root, String id, String domain, String input, String output) throws IOException {
        Files.createDirectories(root.resolve("products"));
        Files.writeString(root.resolve("products/" + id + ".odps.yaml"), """
                apiVersion: v1.0.0
                kind: DataProduct
                id: %s
                status: active
                domain: %s
                team:
                  name: %s-team
                inputPorts:
                  - name: in
                    version: 1.0.0
                    contractId: %s
                outputPorts:
                  - name: out
                    version: 1.0.0
                    contractId: %s
                """.formatted(id, domain, domain, input, output));
    }
}
