package dev.steward.model.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The committed text of workspace files at HEAD, read through JGit without touching the working tree
 * or the index. Texts are cached per HEAD commit, so a new commit, a branch switch or a reset is seen
 * at the next call. Thread-safe; a read failure reads as "no committed version".
 */
public final class HeadBaseline implements AutoCloseable {

    /** Larger committed files are not compared (a generated file, not an authored artifact). */
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    private final Repository repository;
    private final Path workTree;
    private ObjectId cachedHead;
    private final Map<String, Optional<String>> texts = new HashMap<>();

    private HeadBaseline(Repository repository) {
        this.repository = repository;
        this.workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /** The baseline of the repository holding {@code folder}; empty when there is none (or it is bare). */
    public static Optional<HeadBaseline> open(Path folder) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true)
                .findGitDir(folder.toAbsolutePath().normalize().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try {
            Repository repository = builder.build();
            if (repository.isBare()) {
                repository.close();
                return Optional.empty();
            }
            return Optional.of(new HeadBaseline(repository));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The id of the HEAD commit, empty before the first commit. */
    public synchronized Optional<String> headCommit() {
        return head().map(ObjectId::getName);
    }

    /** The path of {@code file} relative to the repository root with '/', empty when outside it. */
    public Optional<String> repositoryPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(workTree) || absolute.equals(workTree)) {
            return Optional.empty();
        }
        return Optional.of(workTree.relativize(absolute).toString().replace('\\', '/'));
    }

    /** {@code file}'s text as committed at HEAD; empty when it is new, untracked, binary-large or unreadable. */
    public synchronized Optional<String> textAtHead(Path file) {
        Optional<String> path = repositoryPath(file);
        Optional<ObjectId> head = head();
        if (path.isEmpty() || head.isEmpty()) {
            return Optional.empty();
        }
        if (!head.get().equals(cachedHead)) {
            texts.clear();
            cachedHead = head.get();
        }
        return texts.computeIfAbsent(path.get(), p -> read(head.get(), p));
    }

    private Optional<ObjectId> head() {
        try {
            return Optional.ofNullable(repository.resolve(Constants.HEAD));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<String> read(ObjectId head, String path) {
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            RevCommit commit = walk.parseCommit(head);
            try (TreeWalk tree = TreeWalk.forPath(reader, path, commit.getTree())) {
                if (tree == null || (tree.getRawMode(0) & 0170000) != 0100000) {
                    return Optional.empty();
                }
                ObjectId blob = tree.getObjectId(0);
                if (reader.getObjectSize(blob, Constants.OBJ_BLOB) > MAX_BYTES) {
                    return Optional.empty();
                }
                return Optional.of(new String(reader.open(blob, Constants.OBJ_BLOB).getBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void close() {
        repository.close();
    }
}
