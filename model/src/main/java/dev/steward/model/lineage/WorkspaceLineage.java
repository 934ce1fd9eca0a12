package dev.steward.model.lineage;

import dev.steward.model.semantic.SemanticProject;
import dev.steward.model.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The lineage of a whole workspace in one call: the dbt manifest ({@code --manifest} or the
 * workspace's {@code target/manifest.json}), the ODCS contracts, the semantic layer, any further
 * contributors (data products), then imported OpenLineage events, in that order.
 */
public final class WorkspaceLineage {

    /** Where the manifest is, when not at {@code target/manifest.json} of the workspace. */
    public static final Path DEFAULT_MANIFEST = Path.of("target", "manifest.json");

    /**
     * What to read besides the workspace's own files. {@code manifest} empty means
     * {@code target/manifest.json} when it exists; {@code openLineage} are event files to import.
     */
    public record Sources(Optional<Path> manifest, List<Path> openLineage) {
        public Sources {
            openLineage = List.copyOf(openLineage);
        }

        public static Sources workspaceOnly() {
            return new Sources(Optional.empty(), List.of());
        }
    }

    /**
     * Further artifact kinds every workspace lineage includes (studio and CLI), each made for the
     * workspace root. A new kind (data products) adds its contributor here, in one line.
     */
    private static final List<Function<Path, LineageContributor>> MORE_ARTIFACT_KINDS =
            List.of(DataProductLineageContributor::of);

    private WorkspaceLineage() {
    }

    /** Everything in the workspace: manifest, contracts, semantic layer, further artifact kinds, then {@code sources}' events. */
    public static Lineage build(Path root, Sources sources) {
        return build(root, sources, MORE_ARTIFACT_KINDS.stream().map(kind -> kind.apply(root)).toList());
    }

    /** {@code more} (instead of the standard further kinds) run after the contracts and the semantic layer, before OpenLineage. */
    public static Lineage build(Path root, Sources sources, List<? extends LineageContributor> more) {
        return LineageGraphBuilder.build(contributors(root, sources, more));
    }

    /** The contributors {@link #build} runs, in order. */
    public static List<LineageContributor> contributors(Path root, Sources sources, List<? extends LineageContributor> more) {
        List<LineageContributor> out = new ArrayList<>();
        manifest(root, sources).ifPresent(m -> out.add(new DbtManifestContributor(m)));
        WorkspaceScanner.Scan scan = new WorkspaceScanner().scan(List.of(root));
        out.add(builder -> scan.problems().forEach(p -> builder.problem(LineageProblem.of(p.path(), p.message()))));
        out.add(new ContractLineageContributor(root, scan.files()));
        out.add(builder -> semanticLayer(root, builder));
        out.addAll(more);
        sources.openLineage().forEach(f -> out.add(new OpenLineageContributor(f)));
        return out;
    }

    /** The manifest to read: the one given, else {@code target/manifest.json} when the workspace has one. */
    public static Optional<Path> manifest(Path root, Sources sources) {
        if (sources.manifest().isPresent()) {
            return sources.manifest();
        }
        Path candidate = root.resolve(DEFAULT_MANIFEST);
        return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    private static void semanticLayer(Path root, LineageGraphBuilder builder) {
        try {
            new SemanticLineageContributor(SemanticProject.read(root)).contribute(builder);
        } catch (IOException | java.io.UncheckedIOException e) {
            builder.problem(LineageProblem.of(root, "cannot read the semantic layer: " + e.getMessage()));
        }
    }
}
