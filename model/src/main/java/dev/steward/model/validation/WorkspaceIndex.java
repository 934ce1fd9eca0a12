package dev.steward.model.validation;

import dev.steward.model.mesh.MeshFileIndex;
import dev.steward.model.semantic.lint.SemanticFileIndex;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        byPath.put(key(summary.path()), summary);
    }

    public void remove(Path path) {
        byPath.remove(key(path));
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
        return byPath.values().stream()
                .filter(c -> ex == null || !key(c.path()).equals(ex))
                .filter(c -> c.schema(schemaName).isPresent())
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
