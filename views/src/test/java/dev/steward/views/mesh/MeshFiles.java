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

    /** The shared corpus's example mesh (datamesh-manager GitOps: products, contracts, teams), when present. */
    static java.util.Optional<Path> corpusMesh() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path mesh = dir.resolve("shared/corpus/lineage/datamesh-manager-example-gitops");
            if (Files.isDirectory(mesh)) {
                return java.util.Optional.of(mesh);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A mesh of 24 products in 6 domains, each product consuming the previous one of its domain and every
     * third one also a product of the previous domain: enough to see whether a real mesh stays readable.
     */
    static Path large(Path root) throws IOException {
        String[] domains = {"sales", "customer", "finance", "logistics", "marketing", "risk"};
        for (int d = 0; d < domains.length; d++) {
            for (int i = 0; i < 4; i++) {
                String id = domains[d] + "-product-" + (i + 1);
                StringBuilder inputs = new StringBuilder();
                if (i > 0) {
                    inputs.append(port(domains[d] + "-product-" + i + "-out"));
                }
                if (d > 0 && i % 3 == 1) {
                    inputs.append(port(domains[d - 1] + "-product-" + (i + 2) + "-out"));
                }
                Files.createDirectories(root.resolve("products"));
                Files.writeString(root.resolve("products/" + id + ".odps.yaml"), """
                        apiVersion: v1.0.0
                        kind: DataProduct
                        id: %s
                        name: %s
                        status: active
                        domain: %s
                        team:
                          name: %s-team
                        inputPorts:
                        %s
                        outputPorts:
                          - name: out
                            version: 1.0.0
                            contractId: %s-out
                        """.formatted(id, title(domains[d]) + " data product " + (i + 1), domains[d], domains[d],
                        inputs.isEmpty() ? "  []" : inputs.toString().stripTrailing(), id));
            }
        }
        return root;
    }

    private static String port(String contractId) {
        return "  - name: " + contractId.replace("-out", "") + "\n    version: 1.0.0\n    contractId: " + contractId + "\n";
    }

    private static String title(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
