package dev.steward.model.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

/** Reads the status of a repository into a {@link GitStatus}. */
final class StatusReader {

    private StatusReader() {
    }

    static GitStatus read(Git git, ProgressMonitor monitor) throws IOException, GitAPIException {
        Repository repo = git.getRepository();
        Status status = git.status().setProgressMonitor(monitor).call();
        Map<String, FileChange.Kind> stagedKinds = new HashMap<>();
        status.getAdded().forEach(p -> stagedKinds.put(p, FileChange.Kind.ADDED));
        status.getChanged().forEach(p -> stagedKinds.put(p, FileChange.Kind.MODIFIED));
        status.getRemoved().forEach(p -> stagedKinds.put(p, FileChange.Kind.DELETED));
        Set<String> unstaged = new HashSet<>(status.getModified());
        unstaged.addAll(status.getMissing());

        Map<String, FileChange> byPath = new TreeMap<>();
        Map<String, String> renames = stagedRenames(repo, status);
        Set<String> renamedSources = new HashSet<>(renames.values());
        for (Map.Entry<String, FileChange.Kind> e : stagedKinds.entrySet()) {
            String path = e.getKey();
            if (renamedSources.contains(path)) {
                continue;
            }
            FileChange.Kind kind = e.getValue();
            if (status.getMissing().contains(path)) {
                kind = FileChange.Kind.DELETED;
            }
            Optional<String> from = Optional.ofNullable(renames.get(path));
            if (from.isPresent()) {
                kind = FileChange.Kind.RENAMED;
            }
            byPath.put(path, new FileChange(path, kind, true, unstaged.contains(path), from));
        }
        for (String path : status.getModified()) {
            byPath.putIfAbsent(path, new FileChange(path, FileChange.Kind.MODIFIED, false, true));
        }
        for (String path : status.getMissing()) {
            byPath.putIfAbsent(path, new FileChange(path, FileChange.Kind.DELETED, false, true));
        }
        for (String path : status.getUntracked()) {
            byPath.put(path, new FileChange(path, FileChange.Kind.UNTRACKED, false, true));
        }
        for (String path : status.getConflicting()) {
            byPath.put(path, new FileChange(path, FileChange.Kind.CONFLICTING, false, true));
        }

        Ref head = repo.exactRef(Constants.HEAD);
        ObjectId headId = head == null ? null : head.getObjectId();
        boolean detached = head != null && !head.isSymbolic();
        String branch = detached
                ? (headId == null ? "HEAD" : headId.abbreviate(7).name())
                : Repository.shortenRefName(head == null ? Constants.R_HEADS + Constants.MASTER : head.getTarget().getName());
        return new GitStatus(branch, detached, Optional.ofNullable(headId).map(ObjectId::name),
                new ArrayList<>(byPath.values()), RepositoryOperation.of(repo.getRepositoryState()));
    }

    /** Staged renames (new path -> old path) among added and removed files, by content similarity. */
    private static Map<String, String> stagedRenames(Repository repo, Status status) throws IOException {
        Map<String, String> renames = new HashMap<>();
        if (status.getAdded().isEmpty() || status.getRemoved().isEmpty()) {
            return renames;
        }
        Set<String> paths = new HashSet<>(status.getAdded());
        paths.addAll(status.getRemoved());
        ObjectId headTree = repo.resolve(Constants.HEAD + "^{tree}");
        try (RevWalk walk = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
            tw.setRecursive(true);
            if (headTree == null) {
                tw.addTree(new EmptyTreeIterator());
            } else {
                tw.addTree(walk.parseTree(headTree));
            }
            tw.addTree(new DirCacheIterator(repo.readDirCache()));
            tw.setFilter(PathFilterGroup.createFromStrings(paths));
            RenameDetector detector = new RenameDetector(repo);
            detector.addAll(DiffEntry.scan(tw));
            for (DiffEntry entry : detector.compute()) {
                if (entry.getChangeType() == DiffEntry.ChangeType.RENAME) {
                    renames.put(entry.getNewPath(), entry.getOldPath());
                }
            }
        }
        return renames;
    }
}
