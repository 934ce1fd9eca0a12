package dev.steward.model.lineage;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Adds a dbt manifest: one node per resource, id = dbt's {@code unique_id}, and a
 * {@link EdgeKind#DEPENDS_ON} edge per entry of {@code depends_on.nodes}, which is exactly dbt's
 * {@code parent_map}. Tests are added too (views hide them). A dependency on a resource the
 * manifest does not define (a disabled one) gets a node of its own, named after its id.
 */
public final class DbtManifestContributor implements LineageContributor {

    private final Path file;

    public DbtManifestContributor(Path file) {
        this.file = file;
    }

    @Override
    public void contribute(LineageGraphBuilder builder) {
        switch (new DbtManifestReader().read(file)) {
            case DbtManifestReader.Result.Failed f -> builder.problem(f.problem());
            case DbtManifestReader.Result.Read r -> add(r.manifest(), builder);
        }
    }

    /** Adds an already read manifest. */
    public static void add(DbtManifest manifest, LineageGraphBuilder builder) {
        Optional<Path> origin = Optional.of(manifest.file());
        for (DbtManifest.Resource r : manifest.resources()) {
            NodeKind kind = NodeKind.ofResourceType(r.resourceType()).orElse(NodeKind.OTHER);
            builder.addNode(new LineageNode(r.uniqueId(), kind, r.displayName(), origin));
            registerAliases(r, kind, builder);
        }
        // ref('name') without a version means the latest one: older versions answer to it only after it
        manifest.resources().stream().filter(r -> !r.isLatest())
                .forEach(r -> builder.alias(LineageAlias.ref(r.name()), r.uniqueId()));
        for (DbtManifest.Resource r : manifest.resources()) {
            for (String parent : r.dependsOn()) {
                if (!builder.hasNode(parent)) {
                    int dot = parent.indexOf('.');
                    NodeKind kind = NodeKind.ofResourceType(dot > 0 ? parent.substring(0, dot) : parent).orElse(NodeKind.OTHER);
                    builder.addNode(new LineageNode(parent, kind, parent.substring(parent.lastIndexOf('.') + 1), origin));
                }
                builder.addEdge(parent, r.uniqueId(), EdgeKind.DEPENDS_ON);
            }
        }
    }

    private static void registerAliases(DbtManifest.Resource r, NodeKind kind, LineageGraphBuilder builder) {
        String id = r.uniqueId();
        switch (kind) {
            case SEMANTIC_MODEL, METRIC, SAVED_QUERY -> builder.alias(LineageAlias.semantic(kind, r.name()), id);
            case MODEL, SEED, SNAPSHOT -> {
                if (r.isLatest()) {
                    builder.alias(LineageAlias.ref(r.name()), id);
                }
            }
            default -> {
                // no name others look up
            }
        }
        if (r.identifier().isEmpty()) {
            return;
        }
        String table = r.identifier().get();
        r.relationName().ifPresent(rel -> builder.alias(LineageAlias.relation(rel), id));
        r.schema().ifPresent(schema -> {
            builder.alias(LineageAlias.relation(schema + "." + table), id);
            r.database().ifPresent(db -> builder.alias(LineageAlias.relation(db + "." + schema + "." + table), id));
        });
        builder.alias(LineageAlias.table(table), id);
    }
}
