package dev.steward.model.validation;

import dev.steward.model.mesh.MeshFileIndex;
import dev.steward.model.semantic.lint.SemanticFileIndex;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contracts of a workspace as seen by cross-file rules (relationship targets in other files),
 * its semantic-layer files ({@link #semantic()}) and its data mesh ({@link #mesh()}).
 * Thread-safe: the studio replaces a file's summary after each validation while other files are
 * being validated.
 */
public final class WorkspaceIndex {

    private final Path root;
    private final Map<Path, ContractSummary> byPath = new ConcurrentHashMap<>();
    /** Schema object name → the (normalised) paths of the contracts defining one: keeps {@link #definingSchema} linear overall. */
    private final Map<String, Set<Path>> bySchemaName = new ConcurrentHashMap<>();
    private final SemanticFileIndex semantic = new SemanticFileIndex();
    private final MeshFileIndex mesh = new MeshFileIndex();

    public WorkspaceIndex(Path root) {
        this.root = root == null ? null : root.toAbsolutePath().normalize();
    }

    public static WorkspaceIndex empty() {
        return new WorkspaceIndex(null);
    }

    /** The semantic-layer files of the workspace (cross-file rules of dbt semantic models and metrics). */
    public SemanticFileIndex semantic() {
        return semantic;
    }

    /** The data products, contracts and organisation files of the workspace (mesh rules of data products). */
    public MeshFileIndex mesh() {
        return mesh;
    }

    public Optional<Path> root() {
        return Optional.ofNullable(root);
    }

    public void put(ContractSummary summary) {
        Path key = key(summary.path());
        unlistSchemas(key, byPath.put(key, summary));
        summary.schemas().stream().filter(s -> s.name() != null)
                .forEach(s -> bySchemaName.computeIfAbsent(s.name(), n -> ConcurrentHashMap.newKeySet()).add(key));
    }

    public void remove(Path path) {
        Path key = key(path);
        unlistSchemas(key, byPath.remove(key));
    }

    private void unlistSchemas(Path key, ContractSummary previous) {
        if (previous != null) {
            previous.schemas().stream().filter(s -> s.name() != null)
                    .forEach(s -> bySchemaName.getOrDefault(s.name(), Set.of()).remove(key));
        }
    }

    public Optional<ContractSummary> byPath(Path path) {
        return Optional.ofNullable(byPath.get(key(path)));
    }

    public Optional<ContractSummary> byId(String id) {
        return byPath.values().stream().filter(c -> id.equals(c.id())).findFirst();
    }

    /** Contracts that define a schema object named {@code schemaName}, other than {@code except}. */
    public List<ContractSummary> definingSchema(String schemaName, Path except) {
        Path ex = except == null ? null : key(except);
        if (schemaName == null) {
            return List.of();
        }
        return bySchemaName.getOrDefault(schemaName, Set.of()).stream()
                .filter(p -> ex == null || !p.equals(ex))
                .map(byPath::get)
                .filter(c -> c != null && c.schema(schemaName).isPresent())
                .toList();
    }

    public Collection<ContractSummary> all() {
        return List.copyOf(byPath.values());
    }

    /** Resolves a path relative to {@code from}'s folder (cross-file references such as {@code other.yaml#/schema/...}). */
    public Optional<ContractSummary> resolveFile(Path from, String relative) {
        if (from == null) {
            return Optional.empty();
        }
        Path base = from.toAbsolutePath().getParent();
        return base == null ? Optional.empty() : byPath(base.resolve(relative));
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
