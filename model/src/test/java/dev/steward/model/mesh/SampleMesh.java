package dev.steward.model.mesh;

import java.nio.file.Path;
import java.util.List;

/** Where the sample workspace (with its data mesh) is, for tests. */
public final class SampleMesh {

    public static final Path MESH = Path.of("../resources/src/main/resources/dev/steward/resources/sample");

    private SampleMesh() {
    }

    /** The mesh of the sample workspace. */
    public static MeshModel read() {
        return MeshWorkspaceReader.read(List.of(MESH));
    }

    public static Path product(String id) {
        return MESH.resolve("products").resolve(id + (id.equals("revenue-reporting") ? ".dataproduct.yaml" : ".odps.yaml"));
    }
}
