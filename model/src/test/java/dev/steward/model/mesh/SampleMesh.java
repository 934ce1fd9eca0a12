package dev.steward.model.mesh;

import java.nio.file.Path;
import java.util.List;

/** Where the sample mesh fixture and the sample workspace's contracts are, for tests. */
public final class SampleMesh {

    public static final Path MESH = Path.of("src/test/resources/dev/steward/model/mesh/sample-mesh");
    public static final Path SAMPLE_CONTRACTS = Path.of("../resources/src/main/resources/dev/steward/resources/sample/contracts");

    private SampleMesh() {
    }

    /** The sample mesh with the sample workspace's contracts. */
    public static MeshModel read() {
        return MeshWorkspaceReader.read(List.of(MESH, SAMPLE_CONTRACTS));
    }

    public static Path product(String id) {
        return MESH.resolve("products").resolve(id + (id.equals("revenue-reporting") ? ".dataproduct.yaml" : ".odps.yaml"));
    }
}
