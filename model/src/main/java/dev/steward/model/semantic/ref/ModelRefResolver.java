package dev.steward.model.semantic.ref;

import dev.steward.model.validation.ContractSummary;
import dev.steward.model.validation.WorkspaceIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Resolves {@code model: ref('x')} of a semantic model to the table it reads, in this order: a
 * schema object named {@code x} of a data contract in the workspace, a {@code resource_type: model}
 * node named {@code x} of {@code target/manifest.json}, a seed {@code x.csv} under the dbt
 * {@code seed-paths}, a SQL model {@code x.sql} under the {@code model-paths}. What it looked at is
 * kept for the message when nothing matches. Disk lookups are cached ({@link ProjectFiles});
 * thread-safe, one instance per dbt project.
 */
public final class ModelRefResolver {

    /** The outcome: the source found, or the places looked at. */
    public record Resolution(String name, Optional<ModelSource> source, List<String> lookedAt) {
        public Resolution {
            lookedAt = List.copyOf(lookedAt);
        }
    }

    private final DbtProjectLayout layout;
    private final ProjectFiles files;

    public ModelRefResolver(DbtProjectLayout layout) {
        this.layout = layout;
        this.files = new ProjectFiles(layout);
    }

    /** A resolver for the dbt project (or plain folder) at {@code root}. */
    public static ModelRefResolver of(Path root) {
        return new ModelRefResolver(DbtProjectLayout.read(root.toAbsolutePath().normalize()));
    }

    public DbtProjectLayout layout() {
        return layout;
    }

    /** Resolves {@code name} against the contracts of {@code contracts} and the project's files. */
    public Resolution resolve(String name, WorkspaceIndex contracts) {
        List<String> lookedAt = new ArrayList<>();
        Optional<ModelSource> contract = contractObject(name, contracts);
        lookedAt.add("contract schema objects in the workspace");
        if (contract.isPresent()) {
            return new Resolution(name, contract, lookedAt);
        }
        Optional<ModelSource> found = files.manifestModel(name);
        lookedAt.add(layout.root().relativize(files.manifest()) + " (" + (files.hasManifest() ? "models" : "not present") + ")");
        if (found.isEmpty()) {
            found = files.seed(name);
            lookedAt.add("seeds " + name + ".csv under " + relative(layout.seedPaths()));
        }
        if (found.isEmpty()) {
            found = files.sqlModel(name);
            lookedAt.add("SQL models " + name + ".sql under " + relative(layout.modelPaths()));
        }
        return new Resolution(name, found, lookedAt);
    }

    private static Optional<ModelSource> contractObject(String name, WorkspaceIndex contracts) {
        return contracts.all().stream().sorted(Comparator.comparing(c -> c.path().toString()))
                .flatMap(c -> c.schema(name).stream().map(s -> (ModelSource) new ModelSource.ContractObject(name, c, s)))
                .findFirst().or(() -> contracts.all().stream().sorted(Comparator.comparing(c -> c.path().toString()))
                        .flatMap(c -> schemaIgnoringCase(c, name).stream()
                                .map(s -> (ModelSource) new ModelSource.ContractObject(name, c, s)))
                        .findFirst());
    }

    private static Optional<ContractSummary.SchemaSummary> schemaIgnoringCase(ContractSummary c, String name) {
        return c.schemas().stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    private String relative(List<Path> paths) {
        return paths.stream().map(p -> {
            String r = layout.root().relativize(p).toString().replace('\\', '/');
            return r.isEmpty() ? "." : r;
        }).reduce((a, b) -> a + ", " + b).orElse(".");
    }
}
