package dev.steward.model.lineage;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One node of the lineage graph. {@code id} is unique and stable (see the package documentation
 * for the scheme); {@code name} is what a person reads; {@code file} is the workspace file that
 * defines the node, when there is one (the manifest for dbt resources).
 */
public record LineageNode(String id, NodeKind kind, String name, Optional<Path> file) {

    public LineageNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
    }

    public LineageNode(String id, NodeKind kind, String name) {
        this(id, kind, name, Optional.empty());
    }
}
