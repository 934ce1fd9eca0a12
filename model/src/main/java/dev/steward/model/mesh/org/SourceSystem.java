package dev.steward.model.mesh.org;

import dev.steward.model.yaml.SourceRange;
import java.nio.file.Path;

/** An operational system a DPS input port may read from ({@code sourceSystemId}). */
public record SourceSystem(String id, String name, String owner, Path path, SourceRange range) {
}
