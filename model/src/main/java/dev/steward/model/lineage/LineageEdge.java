package dev.steward.model.lineage;

import java.util.Objects;

/** A directed edge from the upstream node {@code from} to the downstream node {@code to}. */
public record LineageEdge(String from, String to, EdgeKind kind) {

    public LineageEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
    }
}
