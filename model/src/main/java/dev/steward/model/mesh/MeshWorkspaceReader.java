package dev.steward.model.mesh;

import dev.steward.model.workspace.FileTextReader;
import dev.steward.model.workspace.WorkspaceScanner;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Reads the mesh of a workspace from disk: every YAML file the workspace lint looks at (see
 * {@link WorkspaceScanner}) goes through a {@link MeshModelBuilder}. Unreadable files are skipped
 * (the workspace lint reports them). Blocking: call it off the UI thread.
 */
public final class MeshWorkspaceReader {
    private MeshWorkspaceReader() {
    }

    public static MeshModel read(Path root) {
        return read(java.util.List.of(root));
    }

    public static MeshModel read(Collection<Path> roots) {
        MeshModelBuilder builder = new MeshModelBuilder();
        FileTextReader reader = new FileTextReader();
        for (Path file : new WorkspaceScanner().scan(roots).files()) {
            FileTextReader.Result read = reader.read(file);
            if (read.ok()) {
                builder.add(file, read.text());
            }
        }
        return builder.build();
    }
}
