package dev.steward.model.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The Git repository of a workspace, through JGit. Every call returns immutable records and fails
 * with a {@link GitProblem} carrying a user-facing message. Calls are serialised (synchronized):
 * the studio runs them on background threads. Paths are relative to the repository root, with
 * forward slashes.
 */
public final class GitRepository implements AutoCloseable {

    private final Git git;
    private final Repository repo;
    private final DiffReader diffs;
    private final HistoryReader history;
    private final BranchOperations branches;

    private GitRepository(Repository repo) {
        this.repo = repo;
        this.git = new Git(repo);
        this.diffs = new DiffReader(repo);
        this.history = new HistoryReader(repo, diffs);
        this.branches = new BranchOperations(git);
    }

    /**
     * Opens the repository containing {@code folder}, searching upward for its root.
     *
     * @throws GitProblem {@link GitProblem.Kind#NOT_A_REPOSITORY} when there is none (offer {@link #init})
     */
    public static GitRepository open(Path folder) throws GitProblem {
        return new GitRepository(RepositoryLocator.open(folder));
    }

    /** Creates a repository in {@code folder} (branch {@code main}) and opens it. */
    public static GitRepository init(Path folder) throws GitProblem {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            Git created = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
            return new GitRepository(created.getRepository());
        } catch (IOException | GitAPIException e) {
            throw new GitProblem(GitProblem.Kind.OTHER, "Could not create a Git repository in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The working tree root. */
    public Path root() {
        return repo.getWorkTree().toPath();
    }

    public synchronized GitStatus status() throws GitProblem {
        return status(NullProgressMonitor.INSTANCE);
    }

    public synchronized GitStatus status(ProgressMonitor monitor) throws GitProblem {
        try {
            GitFailures.requireNotCancelled(monitor, "reading the status");
            return StatusReader.read(git, monitor);
        } catch (IOException | GitAPIException | RuntimeException e) {
            throw GitFailures.of(repo, "read the status of " + root(), e);
        }
    }

    /** Stages {@code paths}: edits and new files are added, deleted files are removed from the index. */
    public synchronized void stage(Collection<String> paths) throws GitProblem {
        if (paths.isEmpty()) {
            return;
        }
        try {
            GitFailures.requireUnlocked(repo);
            List<String> present = new ArrayList<>();
            List<String> gone = new ArrayList<>();
            for (String p : paths) {
                (Files.exists(root().resolve(p)) ? present : gone).add(p);
            }
            if (!present.isEmpty()) {
                var add = git.add();
                present.forEach(add::addFilepattern);
                add.call();
            }
            if (!gone.isEmpty()) {
                var rm = git.rm().setCached(true);
                gone.forEach(rm::addFilepattern);
                rm.call();
            }
        } catch (GitAPIException | RuntimeException | GitProblem e) {
            throw GitFailures.of(repo, "stage " + String.join(", ", paths), e);
        }
    }

    /** Stages every change, including new and deleted files. */
    public synchronized void stageAll() throws GitProblem {
        try {
            GitFailures.requireUnlocked(repo);
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
        } catch (GitAPIException | RuntimeException | GitProblem e) {
            throw GitFailures.of(repo, "stage all changes", e);
        }
    }

    /** Moves {@code paths} back out of the index (their working tree edits stay). */
    public synchronized void unstage(Collection<String> paths) throws GitProblem {
        if (paths.isEmpty()) {
            return;
        }
        try {
            GitFailures.requireUnlocked(repo);
            if (repo.resolve(Constants.HEAD) == null) {
                var rm = git.rm().setCached(true);
                paths.forEach(rm::addFilepattern);
                rm.call();
            } else {
                var reset = git.reset().setRef(Constants.HEAD);
                paths.forEach(reset::addPath);
                reset.call();
            }
        } catch (IOException | GitAPIException | RuntimeException | GitProblem e) {
            throw GitFailures.of(repo, "unstage " + String.join(", ", paths), e);
        }
    }

    /** Paths whose index content differs from HEAD (added, modified, renamed or deleted), sorted. */
    public synchronized List<String> stagedPaths() throws GitProblem {
        return status().staged().stream().map(FileChange::path).toList();
    }

    /** The staged (index) content of {@code path} as UTF-8 text; empty when it is not in the index. */
    public synchronized Optional<String> readStaged(String path) throws GitProblem {
        try {
            return diffs.indexContent(path).map(b -> new String(b, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw GitFailures.of(repo, "read the staged version of " + path, e);
        }
    }

    /** Index versus working tree for one file (untracked files diff against nothing). */
    public synchronized FileDiff diffWorkingTree(String path) throws GitProblem {
        try {
            return diffs.workingTree(path);
        } catch (IOException | RuntimeException e) {
            throw GitFailures.of(repo, "compare " + path + " with its staged version", e);
        }
    }

    /** HEAD versus index for one staged file; pass the change so renames diff against the old path. */
    public synchronized FileDiff diffStaged(FileChange change) throws GitProblem {
        try {
            return diffs.staged(change.path(), change.renamedFrom().orElse(change.path()));
        } catch (IOException | RuntimeException e) {
            throw GitFailures.of(repo, "compare " + change.path() + " with HEAD", e);
        }
    }

    /** Every file {@code commitId} changed, against its first parent. */
    public synchronized List<FileDiff> diffCommit(String commitId) throws GitProblem {
        try {
            ObjectId id = repo.resolve(commitId);
            if (id == null) {
                throw new GitProblem(GitProblem.Kind.OTHER, "There is no commit " + commitId + " in this repository.");
            }
            return diffs.commit(id);
        } catch (IOException | RuntimeException e) {
            throw GitFailures.of(repo, "read the changes of commit " + commitId, e);
        }
    }

    /** The identity from the repository's (or the user's) Git configuration, if both name and email are set. */
    public synchronized Optional<Identity> configuredIdentity() {
        StoredConfig config = repo.getConfig();
        return Identity.of(config.getString("user", null, "name"), config.getString("user", null, "email"));
    }

    /**
     * Commits the index without a pre-commit check (an explicit override, or a caller with no gate).
     *
     * @see #commit(String, Identity, List)
     */
    public synchronized CommitInfo commit(String message, Identity remembered) throws GitProblem {
        return commit(message, remembered, null);
    }

    /**
     * Commits the index. The author is the configured identity, else {@code remembered} (which the
     * app keeps in its preferences). The caller runs its pre-commit check (see {@link CommitGate})
     * on {@link #stagedPaths()} first and passes the paths it checked: when the staged files are no
     * longer those (another tool staged or unstaged meanwhile), the commit is refused rather than
     * committing files that were not checked.
     *
     * @param remembered   fallback identity; may be null
     * @param checkedPaths the staged paths the caller checked; null to skip this comparison
     * @throws GitProblem NO_IDENTITY, DETACHED_HEAD, CONFLICTS, NOTHING_TO_COMMIT, LOCKED_INDEX or OTHER
     */
    public synchronized CommitInfo commit(String message, Identity remembered, List<String> checkedPaths)
            throws GitProblem {
        if (message == null || message.isBlank()) {
            throw new GitProblem(GitProblem.Kind.OTHER, "The commit message is empty: describe the change in its first line.");
        }
        Identity who = configuredIdentity().or(() -> Optional.ofNullable(remembered)).orElseThrow(() -> new GitProblem(
                GitProblem.Kind.NO_IDENTITY, "Git does not know who you are: neither user.name nor user.email is set in"
                + " the Git configuration. Enter the name and email to record in your commits."));
        GitFailures.requireUnlocked(repo);
        GitStatus status = status();
        if (status.detached()) {
            throw new GitProblem(GitProblem.Kind.DETACHED_HEAD, "HEAD is detached at " + status.branch()
                    + ": a commit here would belong to no branch. Create a branch or switch to one first.");
        }
        if (!status.conflicting().isEmpty()) {
            throw new GitProblem(GitProblem.Kind.CONFLICTS, "Cannot commit while files have unresolved conflicts: "
                    + String.join(", ", status.conflicting().stream().map(FileChange::path).toList())
                    + ". Resolve them and stage the results first.");
        }
        boolean mergeResolved = repo.getRepositoryState() == RepositoryState.MERGING_RESOLVED;
        if (status.staged().isEmpty() && !mergeResolved) {
            throw new GitProblem(GitProblem.Kind.NOTHING_TO_COMMIT, "Nothing is staged: stage the changes to commit first.");
        }
        List<String> stagedNow = status.staged().stream().map(FileChange::path).sorted().toList();
        if (checkedPaths != null && !stagedNow.equals(checkedPaths.stream().sorted().toList())) {
            throw new GitProblem(GitProblem.Kind.OTHER, "The staged files changed while they were being checked (now: "
                    + String.join(", ", stagedNow) + "). Nothing was committed: commit again to check the new selection.");
        }
        try {
            PersonIdent person = new PersonIdent(who.name(), who.email());
            RevCommit commit = git.commit().setMessage(message.strip() + "\n").setAuthor(person).setCommitter(person).call();
            return history.info(commit);
        } catch (IOException | GitAPIException | RuntimeException e) {
            throw GitFailures.of(repo, "commit", e);
        }
    }

    /** A page of the history of HEAD, newest first, each commit with the files it changed. */
    public synchronized HistoryPage history(int skip, int limit, ProgressMonitor monitor) throws GitProblem {
        try {
            return history.page(skip, limit, monitor);
        } catch (IOException | RuntimeException e) {
            throw GitFailures.of(repo, "read the history", e);
        }
    }

    public synchronized List<BranchInfo> branches() throws GitProblem {
        try {
            return branches.list();
        } catch (IOException | GitAPIException | RuntimeException e) {
            throw GitFailures.of(repo, "list the branches", e);
        }
    }

    /** Creates a branch at HEAD without switching to it. */
    public synchronized void createBranch(String name) throws GitProblem {
        try {
            branches.create(name);
        } catch (IOException | GitAPIException | RuntimeException e) {
            throw GitFailures.of(repo, "create branch " + name, e);
        }
    }

    /**
     * Switches to branch {@code name}. With uncommitted changes, {@link DirtyTreeChoice#REFUSE} fails with
     * DIRTY_TREE; {@link DirtyTreeChoice#STASH_AND_REAPPLY} carries them over (see {@link SwitchResult}).
     */
    public synchronized SwitchResult switchBranch(String name, DirtyTreeChoice choice, ProgressMonitor monitor)
            throws GitProblem {
        try {
            GitFailures.requireUnlocked(repo);
            return branches.switchTo(name, choice, monitor == null ? NullProgressMonitor.INSTANCE : monitor);
        } catch (IOException | GitAPIException | RuntimeException e) {
            throw GitFailures.of(repo, "switch to " + name, e);
        }
    }

    @Override
    public synchronized void close() {
        git.close();
        repo.close();
    }
}
