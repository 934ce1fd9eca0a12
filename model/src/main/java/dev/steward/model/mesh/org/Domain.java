package dev.steward.model.mesh.org;

import dev.steward.model.yaml.SourceRange;
import java.nio.file.Path;

/** A business domain; {@code parent} is the id of the enclosing domain (null at the top). */
public record Domain(String id, String name, String description, String parent, Path path, SourceRange range) {
}
