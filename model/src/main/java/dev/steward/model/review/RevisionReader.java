package dev.steward.model.review;

import dev.steward.model.git.GitProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Reads a workspace (a folder of the repository, possibly its root) at any revision without a
 * checkout: resolves revisions, finds the files that differ between two sides with a tree walk
 * (renames detected between commits), and reads only those blobs. Paths it returns are relative to
 * the workspace, with '/'.
 */
final class RevisionReader {

    private final Repository repo;
    /** The workspace folder relative to the repository root, '/'-separated, empty for the root. */
    private final String prefix;

    RevisionReader(Repository repo, String prefix) {
        this.repo = repo;
        this.prefix = prefix;
    }

    String prefix() {
        return prefix;
    }

    /** The side {@code revision} names. */
    RevisionSide resolve(Revision revision) throws GitProblem {
        try {
            return switch (revision) {
                case Revision.WorkingTree w -> new RevisionSide.OnDisk(commitOrNull(Constants.HEAD));
                case Revision.Commit c -> {
                    RevCommit commit = commitOrNull(c.rev());
                    if (commit == null) {
                        throw unknown(c.rev());
                    }
                    yield new RevisionSide.AtCommit(commit, c.rev());
                }
            };
        } catch (IOException | RuntimeException e) {
            throw new GitProblem(GitProblem.Kind.OTHER, "Unknown revision '" + revision.label() + "': " + e.getMessage()
                    + ". " + branchList(), e);
        }
    }

    private RevCommit commitOrNull(String rev) throws IOException {
        ObjectId id = repo.resolve(rev + "^{commit}");
        if (id == null) {
            return null;
        }
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(id);
        }
    }

    GitProblem unknown(String rev) {
        return new GitProblem(GitProblem.Kind.OTHER, "Unknown revision '" + rev
                + "': no branch, tag or commit of this repository has that name. " + branchList());
    }

    private String branchList() {
        try {
            List<String> names = repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS).stream()
                    .map(r -> Repository.shortenRefName(r.getName())).sorted().toList();
            return names.isEmpty() ? "The repository has no branch yet." : "Branches: " + String.join(", ", names) + ".";
        } catch (IOException e) {
            return "";
        }
    }

    /** The files of the workspace that differ from {@code base} to {@code head}, in path order. */
    List<ChangedFile> changes(RevisionSide base, RevisionSide head) throws IOException {
        List<ChangedFile> out = switch (base) {
            case RevisionSide.AtCommit b when head instanceof RevisionSide.AtCommit h -> betweenCommits(b.commit(), h.commit());
            case RevisionSide.AtCommit b -> againstDisk(b.commit());
            case RevisionSide.OnDisk d when head instanceof RevisionSide.AtCommit h ->
                    againstDisk(h.commit()).stream().map(ChangedFile::swapped).toList();
            case RevisionSide.OnDisk d -> List.of();
        };
        return out.stream().sorted(Comparator.comparing(ChangedFile::path)).toList();
    }

    private List<ChangedFile> betweenCommits(RevCommit base, RevCommit head) throws IOException {
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.addTree(base.getTree());
            walk.addTree(head.getTree());
            walk.setRecursive(true);
            walk.setFilter(withinWorkspace(TreeFilter.ANY_DIFF));
            List<DiffEntry> entries = DiffEntry.scan(walk);
            RenameDetector renames = new RenameDetector(repo);
            renames.addAll(entries);
            List<ChangedFile> out = new ArrayList<>();
            for (DiffEntry e : renames.compute()) {
                boolean hasOld = e.getChangeType() != DiffEntry.ChangeType.ADD;
                boolean hasNew = e.getChangeType() != DiffEntry.ChangeType.DELETE;
                out.add(new ChangedFile(
                        hasOld ? Optional.of(relative(e.getOldPath())) : Optional.empty(),
                        hasOld ? Optional.of(e.getOldId().toObjectId()) : Optional.empty(),
                        hasNew ? Optional.of(relative(e.getNewPath())) : Optional.empty(),
                        hasNew ? Optional.of(e.getNewId().toObjectId()) : Optional.empty()));
            }
            return out;
        }
    }

    /**
     * {@code base} (may be null: no commit yet) against the files on disk: tracked files whose content
     * differs, tracked files deleted, and untracked files Git does not ignore. The index only speeds up
     * the comparison (unchanged files are not hashed again).
     */
    private List<ChangedFile> againstDisk(RevCommit base) throws IOException {
        DirCache index = repo.readDirCache();
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.addTree(base == null ? new EmptyTreeIterator() : treeParser(base));
            int indexTree = walk.addTree(new DirCacheIterator(index));
            FileTreeIterator disk = new FileTreeIterator(repo);
            int diskTree = walk.addTree(disk);
            disk.setDirCacheIterator(walk, indexTree);
            walk.setRecursive(true);
            walk.setFilter(withinWorkspace(new NotIgnoredUntracked(diskTree)));
            List<ChangedFile> out = new ArrayList<>();
            while (walk.next()) {
                FileMode baseMode = walk.getFileMode(0);
                FileMode diskMode = walk.getFileMode(diskTree);
                boolean inBase = isFile(baseMode);
                boolean onDisk = isFile(diskMode);
                String path = relative(walk.getPathString());
                if (inBase && onDisk) {
                    WorkingTreeIterator file = walk.getTree(diskTree, WorkingTreeIterator.class);
                    if (!file.getEntryObjectId().equals(walk.getObjectId(0))) {
                        out.add(new ChangedFile(Optional.of(path), Optional.of(walk.getObjectId(0)), Optional.of(path),
                                Optional.empty()));
                    }
                } else if (inBase) {
                    out.add(new ChangedFile(Optional.of(path), Optional.of(walk.getObjectId(0)), Optional.empty(),
                            Optional.empty()));
                } else if (onDisk) {
                    out.add(new ChangedFile(Optional.empty(), Optional.empty(), Optional.of(path), Optional.empty()));
                }
            }
            return out;
        }
    }

    private static boolean isFile(FileMode mode) {
        return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE || mode == FileMode.SYMLINK;
    }

    private AbstractTreeIterator treeParser(RevCommit commit) throws IOException {
        try (ObjectReader reader = repo.newObjectReader()) {
            return new CanonicalTreeParser(null, reader, commit.getTree());
        }
    }

    private TreeFilter withinWorkspace(TreeFilter filter) {
        return prefix.isEmpty() ? filter : AndTreeFilter.create(PathFilter.create(prefix), filter);
    }

    /** Visits every file of the workspace at {@code commit} with its workspace-relative path and blob id. */
    void eachFile(RevCommit commit, BiConsumer<String, ObjectId> visitor) throws IOException {
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            if (!prefix.isEmpty()) {
                walk.setFilter(PathFilter.create(prefix));
            }
            while (walk.next()) {
                if (isFile(walk.getFileMode(0))) {
                    visitor.accept(relative(walk.getPathString()), walk.getObjectId(0));
                }
            }
        }
    }

    /** The text of one side of {@code file}: its blob, or the file on disk. Empty when absent on that side. */
    Optional<String> text(Optional<String> path, Optional<ObjectId> blob, ObjectReader reader) throws IOException {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (blob.isPresent()) {
            return Optional.of(new String(reader.open(blob.get(), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE),
                    StandardCharsets.UTF_8));
        }
        Path file = workspaceRoot().resolve(path.get());
        return Files.isRegularFile(file)
                ? Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
                : Optional.empty();
    }

    /** The blob's bytes. */
    byte[] bytes(ObjectId blob, ObjectReader reader) throws IOException {
        return reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
    }

    Path workspaceRoot() {
        Path root = repo.getWorkTree().toPath();
        return prefix.isEmpty() ? root : root.resolve(prefix);
    }

    private String relative(String repoPath) {
        return prefix.isEmpty() ? repoPath : repoPath.substring(prefix.length() + 1);
    }

    /**
     * Keeps what is in the base tree or the index, and untracked files and folders Git does not
     * ignore; also prunes unchanged subtrees when every side has the same tree id.
     */
    private static final class NotIgnoredUntracked extends TreeFilter {
        private final int diskTree;

        NotIgnoredUntracked(int diskTree) {
            this.diskTree = diskTree;
        }

        @Override
        public boolean include(TreeWalk walker) throws IOException {
            boolean tracked = walker.getRawMode(0) != 0 || walker.getRawMode(1) != 0;
            if (tracked) {
                return true;
            }
            WorkingTreeIterator disk = walker.getTree(diskTree, WorkingTreeIterator.class);
            return disk != null && !disk.isEntryIgnored();
        }

        @Override
        public boolean shouldBeRecursive() {
            return false;
        }

        @Override
        public TreeFilter clone() {
            return this;
        }
    }
}
