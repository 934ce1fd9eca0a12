package dev.steward.model.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** Reads file versions from HEAD, the index, the working tree and commits, and diffs them. */
final class DiffReader {

    private static final byte[] NONE = new byte[0];

    private final Repository repo;

    DiffReader(Repository repo) {
        this.repo = repo;
    }

    /** Index (or HEAD, for a conflicted file) versus working tree. */
    FileDiff workingTree(String path) throws IOException {
        Optional<byte[]> indexed = indexContent(path);
        Optional<byte[]> base = indexed.isPresent() ? indexed : headContent(path);
        Optional<byte[]> current = workingTreeContent(path);
        return HunkBuilder.diff(base.isPresent() ? path : null, base.orElse(NONE),
                current.isPresent() ? path : null, current.orElse(NONE));
    }

    /**
     * The working tree file as Git would stage it: through the clean filters and line-ending
     * conversion (core.autocrlf, .gitattributes), so a CRLF checkout does not diff as all-changed.
     */
    private Optional<byte[]> workingTreeContent(String path) throws IOException {
        Path file = repo.getWorkTree().toPath().resolve(path);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.setRecursive(true);
            walk.addTree(new FileTreeIterator(repo));
            walk.setFilter(PathFilter.create(path));
            while (walk.next()) {
                if (walk.getPathString().equals(path)) {
                    try (InputStream in = walk.getTree(0, WorkingTreeIterator.class).openEntryStream()) {
                        return Optional.of(in.readAllBytes());
                    }
                }
            }
        }
        return Optional.of(Files.readAllBytes(file));
    }

    /** HEAD versus index; {@code oldPath} differs from {@code path} for a staged rename. */
    FileDiff staged(String path, String oldPath) throws IOException {
        Optional<byte[]> before = headContent(oldPath);
        Optional<byte[]> after = indexContent(path);
        return HunkBuilder.diff(before.isPresent() ? oldPath : null, before.orElse(NONE),
                after.isPresent() ? path : null, after.orElse(NONE));
    }

    /** Every file a commit changed, against its first parent (the empty tree for a root commit). */
    List<FileDiff> commit(ObjectId commitId) throws IOException {
        List<FileDiff> diffs = new ArrayList<>();
        for (DiffEntry entry : changes(commitId)) {
            diffs.add(toFileDiff(entry));
        }
        return diffs;
    }

    /** The entries a commit changed, with rename detection. */
    List<DiffEntry> changes(ObjectId commitId) throws IOException {
        try (RevWalk walk = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
            RevCommit commit = walk.parseCommit(commitId);
            tw.setRecursive(true);
            tw.setFilter(TreeFilter.ANY_DIFF);
            tw.addTree(parentTree(walk, commit));
            tw.addTree(commit.getTree());
            RenameDetector detector = new RenameDetector(repo);
            detector.addAll(DiffEntry.scan(tw));
            return detector.compute();
        }
    }

    /** Staged content of {@code path} (stage 0), if it is in the index. */
    Optional<byte[]> indexContent(String path) throws IOException {
        DirCache cache = repo.readDirCache();
        DirCacheEntry entry = cache.getEntry(path);
        if (entry == null || entry.getStage() != DirCacheEntry.STAGE_0) {
            return Optional.empty();
        }
        return Optional.of(repo.open(entry.getObjectId(), Constants.OBJ_BLOB).getBytes());
    }

    private Optional<byte[]> headContent(String path) throws IOException {
        ObjectId head = repo.resolve(Constants.HEAD + "^{tree}");
        if (head == null) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repo); TreeWalk tw = TreeWalk.forPath(repo, path, walk.parseTree(head))) {
            return tw == null ? Optional.empty() : Optional.of(repo.open(tw.getObjectId(0), Constants.OBJ_BLOB).getBytes());
        }
    }

    private FileDiff toFileDiff(DiffEntry entry) throws IOException {
        String oldPath = entry.getChangeType() == DiffEntry.ChangeType.ADD ? null : entry.getOldPath();
        String newPath = entry.getChangeType() == DiffEntry.ChangeType.DELETE ? null : entry.getNewPath();
        return HunkBuilder.diff(oldPath, blob(entry.getOldId()), newPath, blob(entry.getNewId()));
    }

    private byte[] blob(AbbreviatedObjectId id) throws IOException {
        if (id == null || !id.isComplete() || id.toObjectId().equals(ObjectId.zeroId())) {
            return NONE;
        }
        return repo.open(id.toObjectId(), Constants.OBJ_BLOB).getBytes();
    }

    private AbstractTreeIterator parentTree(RevWalk walk, RevCommit commit) throws IOException {
        if (commit.getParentCount() == 0) {
            return new EmptyTreeIterator();
        }
        RevTree tree = walk.parseCommit(commit.getParent(0).getId()).getTree();
        CanonicalTreeParser parser = new CanonicalTreeParser();
        try (var reader = repo.newObjectReader()) {
            parser.reset(reader, tree.getId());
        }
        return parser;
    }
}
