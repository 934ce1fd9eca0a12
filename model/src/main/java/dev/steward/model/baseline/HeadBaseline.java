package dev.steward.model.baseline;

import dev.steward.model.git.GitProblem;
import dev.steward.model.git.RepositoryLocator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The committed text of workspace files at HEAD, read through JGit without touching the working tree
 * or the index. HEAD's file list (path to blob id) is read once per HEAD commit, so a new commit, a
 * branch switch or a reset is seen at the next call; a file whose text hashes to its committed blob
 * is known unchanged without reading the blob. Thread-safe; a read failure reads as "no committed version".
 */
public final class HeadBaseline implements AutoCloseable {

    /** Larger committed files are not compared (a generated file, not an authored artifact). */
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    private final Repository repository;
    private final Path workTree;
    private ObjectId cachedHead;
    private Map<String, ObjectId> committedBlobs = Map.of();
    private final Map<String, Optional<String>> texts = new HashMap<>();

    private HeadBaseline(Repository repository) {
        this.repository = repository;
        this.workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /** The baseline of the repository holding {@code folder}; empty when there is none (or it is bare). */
    public static Optional<HeadBaseline> open(Path folder) {
        try {
            return Optional.of(new HeadBaseline(RepositoryLocator.open(folder)));
        } catch (GitProblem | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The path of {@code file} relative to the repository root with '/', empty when outside it. */
    public Optional<String> repositoryPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(workTree) || absolute.equals(workTree)) {
            return Optional.empty();
        }
        return Optional.of(workTree.relativize(absolute).toString().replace('\\', '/'));
    }

    /**
     * {@code file}'s committed text when {@code text} differs from it; empty when they are the same (told
     * from the blob id, without reading the blob) or when the file has no committed version.
     */
    public synchronized Optional<String> committedTextIfChanged(Path file, String text) {
        Optional<String> path = repositoryPath(file);
        if (path.isEmpty() || !headRead()) {
            return Optional.empty();
        }
        ObjectId blob = committedBlobs.get(path.get());
        if (blob == null) {
            return Optional.empty();
        }
        try (ObjectInserter.Formatter hasher = new ObjectInserter.Formatter()) {
            if (blob.equals(hasher.idFor(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8)))) {
                return Optional.empty();
            }
        }
        return texts.computeIfAbsent(path.get(), this::read).filter(committed -> !committed.equals(text));
    }

    /** Reads HEAD's file list when HEAD moved; false before the first commit or when HEAD cannot be read. */
    private boolean headRead() {
        Optional<ObjectId> head = head();
        if (head.isEmpty()) {
            return false;
        }
        if (!head.get().equals(cachedHead)) {
            texts.clear();
            committedBlobs = blobs(head.get());
            cachedHead = head.get();
        }
        return true;
    }

    private Optional<ObjectId> head() {
        try {
            return Optional.ofNullable(repository.resolve(Constants.HEAD));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every regular file of {@code commit}'s tree, by repository path. */
    private Map<String, ObjectId> blobs(ObjectId commit) {
        Map<String, ObjectId> out = new HashMap<>();
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader);
             TreeWalk tree = new TreeWalk(reader)) {
            tree.addTree(walk.parseCommit(commit).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                if (FileMode.REGULAR_FILE.equals(tree.getRawMode(0)) || FileMode.EXECUTABLE_FILE.equals(tree.getRawMode(0))) {
                    out.put(tree.getPathString(), tree.getObjectId(0));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return out;
    }

    private Optional<String> read(String path) {
        ObjectId blob = committedBlobs.get(path);
        if (blob == null) {
            return Optional.empty();
        }
        try (ObjectReader reader = repository.newObjectReader()) {
            if (reader.getObjectSize(blob, Constants.OBJ_BLOB) > MAX_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new String(reader.open(blob, Constants.OBJ_BLOB).getBytes(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void close() {
        repository.close();
    }
}
