package dev.steward.model.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.StashApplyFailureException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/** Lists, creates and switches local branches; carries uncommitted edits over with a stash on request. */
final class BranchOperations {

    private final Git git;
    private final Repository repo;

    BranchOperations(Git git) {
        this.git = git;
        this.repo = git.getRepository();
    }

    List<BranchInfo> list() throws IOException, GitAPIException {
        String current = repo.getFullBranch();
        List<BranchInfo> branches = new ArrayList<>();
        for (Ref ref : git.branchList().call()) {
            ObjectId tip = ref.getObjectId();
            branches.add(new BranchInfo(Repository.shortenRefName(ref.getName()), ref.getName().equals(current),
                    tip == null ? "" : tip.abbreviate(7).name()));
        }
        return branches;
    }

    void create(String name) throws IOException, GitAPIException, GitProblem {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || !Repository.isValidRefName(Constants.R_HEADS + trimmed)) {
            throw new GitProblem(GitProblem.Kind.OTHER, "\"" + trimmed + "\" is not a valid branch name: use letters, digits,"
                    + " '-', '_', '.' and '/', without spaces, '..', '~', '^', ':', '?', '*' or '['.");
        }
        if (repo.exactRef(Constants.R_HEADS + trimmed) != null) {
            throw new GitProblem(GitProblem.Kind.OTHER, "A branch named \"" + trimmed + "\" already exists: choose another name or switch to it.");
        }
        if (repo.resolve(Constants.HEAD) == null) {
            throw new GitProblem(GitProblem.Kind.OTHER, "Cannot create branch \"" + trimmed
                    + "\": the repository has no commit yet. Make a first commit, then create the branch.");
        }
        git.branchCreate().setName(trimmed).call();
    }

    SwitchResult switchTo(String name, DirtyTreeChoice choice, ProgressMonitor monitor)
            throws IOException, GitAPIException, GitProblem {
        if (repo.exactRef(Constants.R_HEADS + name) == null) {
            throw new GitProblem(GitProblem.Kind.OTHER, "There is no branch named \"" + name + "\".");
        }
        if ((Constants.R_HEADS + name).equals(repo.getFullBranch())) {
            return new SwitchResult(name, false, false, List.of(), "Already on " + name + ".");
        }
        GitFailures.requireNotCancelled(monitor, "switching to " + name);
        Set<String> dirty = TrackedChanges.of(git.status().call());
        if (dirty.isEmpty()) {
            checkout(name, monitor);
            return new SwitchResult(name, false, false, List.of(), "Switched to " + name + ".");
        }
        if (choice == DirtyTreeChoice.REFUSE) {
            throw new GitProblem(GitProblem.Kind.DIRTY_TREE, "Cannot switch to " + name + ": " + dirty.size()
                    + " file(s) have uncommitted changes (" + TrackedChanges.preview(dirty) + "). Commit them, or switch with"
                    + " \"stash and re-apply\" to carry them over to " + name + ".");
        }
        return switchWithStash(name, monitor);
    }

    private SwitchResult switchWithStash(String name, ProgressMonitor monitor) throws IOException, GitAPIException, GitProblem {
        String from = repo.getBranch();
        RevCommit stash = git.stashCreate()
                .setWorkingDirectoryMessage("Steward: edits carried from " + from + " to " + name)
                .call();
        try {
            checkout(name, monitor);
        } catch (GitAPIException | GitProblem | RuntimeException e) {
            git.stashApply().setStashRef(stash.name()).call();
            git.stashDrop().setStashRef(0).call();
            throw e;
        }
        try {
            git.stashApply().setStashRef(stash.name()).call();
        } catch (StashApplyFailureException conflict) {
            List<String> conflicts = new ArrayList<>(new TreeSet<>(git.status().call().getConflicting()));
            return new SwitchResult(name, true, true, conflicts, "Switched to " + name + ", but your edits conflict with it"
                    + (conflicts.isEmpty() ? "" : " in " + String.join(", ", conflicts))
                    + ". They are kept in the stash (stash@{0}: " + stash.getShortMessage()
                    + "), so nothing is lost: resolve the conflicts, or switch back to " + from + " and apply the stash there.");
        }
        git.stashDrop().setStashRef(0).call();
        return new SwitchResult(name, true, false, List.of(), "Switched to " + name + " with your uncommitted edits.");
    }

    private void checkout(String name, ProgressMonitor monitor) throws GitAPIException, GitProblem {
        GitFailures.requireNotCancelled(monitor, "switching to " + name);
        git.checkout().setName(name).setProgressMonitor(monitor).call();
    }
}
