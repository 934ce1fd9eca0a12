package dev.steward.model.mesh;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of a workspace that make up its data mesh (data products, contracts, organisation
 * files), kept by path with their current text, for validating a data product against the whole
 * mesh. A workspace lint registers every file before validating; live validation replaces the
 * text of the file being edited, so the mesh model sees the edit before it is saved. The model is
 * built at most once per set of texts. Thread-safe.
 */
public final class MeshFileIndex {

    private record Built(long version, MeshModel model) {
    }

    private final Map<Path, String> texts = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private long version;
    private Built built = new Built(0, MeshModel.EMPTY);

    /** Records {@code text} as the current content of {@code path} (a product, contract or organisation file). */
    public void put(Path path, String text) {
        synchronized (lock) {
            String old = texts.put(key(path), text);
            if (!text.equals(old)) {
                version++;
            }
        }
    }

    /** Forgets a file (deleted, or no longer part of the mesh). */
    public void remove(Path path) {
        synchronized (lock) {
            if (texts.remove(key(path)) != null) {
                version++;
            }
        }
    }

    public boolean contains(Path path) {
        return texts.containsKey(key(path));
    }

    /** The mesh of the current texts, files in path order (the first contract of an id wins). */
    public MeshModel model() {
        synchronized (lock) {
            if (built.version() != version) {
                MeshModelBuilder builder = new MeshModelBuilder();
                new TreeMap<>(texts).forEach(builder::add);
                built = new Built(version, builder.build());
            }
            return built.model();
        }
    }

    private static Path key(Path path) {
        return (path == null ? Path.of("untitled.yaml") : path).toAbsolutePath().normalize();
    }
}
