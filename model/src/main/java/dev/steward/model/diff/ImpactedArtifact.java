package dev.steward.model.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A downstream artifact a change reaches through the lineage graph, with who to tell.
 *
 * @param nodeId      lineage node id ({@code model.jaffle_shop.orders}, {@code metric:revenue}...)
 * @param kind        the lineage node kind's export word ({@code metric}, {@code exposure}, {@code data_product}...)
 * @param name        what a person reads
 * @param path        the workspace file that defines it (relative, '/'-separated), when known
 * @param explanation one path from the changed element, e.g. "orders.amount → fct_orders → revenue"
 * @param owners      teams or people to notify (ODCS team, product owner, exposure owner), may be empty
 */
public record ImpactedArtifact(
        String nodeId, String kind, String name, Optional<String> path, String explanation, List<String> owners) {

    public ImpactedArtifact {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(explanation, "explanation");
        owners = List.copyOf(owners);
    }
}
