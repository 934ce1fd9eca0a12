package dev.steward.views.workspace;

import dev.steward.model.artifact.ArtifactKind;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One artifact file in the workspace tree: its path, what it is, the name it declares (contract
 * name or id) and its problem counts.
 */
public record WorkspaceEntry(Path path, String relativePath, Optional<ArtifactKind> kind, String title,
                             long errors, long warnings) {

    public String fileName() {
        return path.getFileName().toString();
    }
}
