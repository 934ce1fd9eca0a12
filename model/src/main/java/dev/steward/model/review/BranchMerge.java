package dev.steward.model.review;

import dev.steward.model.git.GitFailures;
import dev.steward.model.git.GitProblem;
import dev.steward.model.git.Identity;
import dev.steward.model.git.TrackedChanges;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Merges a branch into its target through JGit: checks the target out when needed (never over
 * uncommitted changes), fast-forwards when possible, else commits "Merge branch 'x' into 'y'".
 * On conflicts the repository stays merging and the outcome lists each file with the lines its
 * conflicts start on, and says how to finish or abort.
 */
final class BranchMerge {

    private final Git git;
    private final Repository repo;

    BranchMerge(Git git) {
        this.git = git;
        this.repo = git.getRepository();
    }

    MergeOutcome merge(String branch, String target, Identity who) throws GitProblem {
        try {
            GitFailures.requireUnlocked(repo);
            Ref source = branchRef(branch);
            branchRef(target);
            if (repo.getRepositoryState() != RepositoryState.SAFE) {
                return refused("The repository is in the middle of another operation (" + repo.getRepositoryState()
                        .getDescription() + "): finish it (resolve, stage and commit) or abort it before merging.");
            }
            Set<String> dirty = TrackedChanges.of(git.status().call());
            if (!dirty.isEmpty()) {
                return refused("Cannot merge " + branch + " into " + target + ": " + dirty.size()
                        + " file(s) have uncommitted changes (" + TrackedChanges.preview(dirty) + "). Commit or discard them first;"
                        + " nothing was changed.");
            }
            String before = repo.getBranch();
            if (!target.equals(before)) {
                git.checkout().setName(target).call();
            }
            String switched = target.equals(before) ? "" : " (" + target + " is now checked out instead of " + before + ")";
            String message = "Merge branch '" + branch + "' into '" + target + "'";
            MergeResult result = git.merge().include(source).setCommit(false)
                    .setFastForward(MergeCommand.FastForwardMode.FF).setMessage(message).call();
            return switch (result.getMergeStatus()) {
                case ALREADY_UP_TO_DATE -> new MergeOutcome(MergeOutcome.Status.ALREADY_UP_TO_DATE,
                        branch + " is already merged into " + target + ": nothing to do.", Optional.empty(), List.of());
                case FAST_FORWARD, FAST_FORWARD_SQUASHED -> new MergeOutcome(MergeOutcome.Status.FAST_FORWARD,
                        target + " was fast-forwarded to " + branch + " (" + abbreviated(result.getNewHead()) + ").",
                        Optional.of(result.getNewHead().name()), List.of());
                case MERGED_NOT_COMMITTED, MERGED -> commitMerge(message, who, branch, target);
                case CONFLICTING -> conflicts(branch, target, result);
                case FAILED -> refused("Cannot merge " + branch + " into " + target + ": it would overwrite local files "
                        + String.join(", ", result.getFailingPaths() == null ? List.of() : result.getFailingPaths().keySet())
                        + ". Move or commit them first; nothing was merged" + switched + ".");
                default -> refused("Cannot merge " + branch + " into " + target + ": Git stopped with "
                        + result.getMergeStatus() + "; nothing was merged" + switched + ".");
            };
        } catch (IOException | GitAPIException | RuntimeException e) {
            throw GitFailures.of(repo, "merge " + branch + " into " + target, e);
        }
    }

    private MergeOutcome commitMerge(String message, Identity who, String branch, String target)
            throws GitAPIException, GitProblem {
        Identity identity = Optional.ofNullable(who).or(this::configured).orElseThrow(() -> new GitProblem(
                GitProblem.Kind.NO_IDENTITY, "The merge of " + branch + " into " + target + " is staged but not committed:"
                + " Git does not know who you are. Enter your name and email, then commit to finish the merge."));
        PersonIdent person = new PersonIdent(identity.name(), identity.email());
        RevCommit commit = git.commit().setMessage(message + "\n").setAuthor(person).setCommitter(person).call();
        return new MergeOutcome(MergeOutcome.Status.MERGED, "Merged " + branch + " into " + target + " ("
                + abbreviated(commit) + ").", Optional.of(commit.name()), List.of());
    }

    private Optional<Identity> configured() {
        return Identity.of(repo.getConfig().getString("user", null, "name"), repo.getConfig().getString("user", null, "email"));
    }

    private MergeOutcome conflicts(String branch, String target, MergeResult result) throws IOException {
        Map<String, int[][]> raw = result.getConflicts() == null ? Map.of() : new TreeMap<>(result.getConflicts());
        List<MergeOutcome.ConflictFile> files = new ArrayList<>();
        for (String path : raw.keySet()) {
            List<Integer> starts = conflictStarts(repo.getWorkTree().toPath().resolve(path));
            files.add(new MergeOutcome.ConflictFile(path, starts.size(), starts));
        }
        StringBuilder message = new StringBuilder("Merging " + branch + " into " + target + " stopped on conflicts in "
                + files.size() + " file(s): ");
        message.append(String.join(", ", files.stream().map(f -> f.path() + (f.conflictStartLines().isEmpty() ? ""
                : " (line" + (f.conflictCount() == 1 ? " " : "s ") + String.join(", ",
                f.conflictStartLines().stream().map(String::valueOf).toList()) + ")")).toList()));
        message.append(". The repository is now merging. To finish: in each file keep the right text and remove the"
                + " <<<<<<<, ======= and >>>>>>> markers, stage the files, then commit in Steward (the merge message"
                + " is prepared). To abort: choose Abort merge (or run git merge --abort), which puts " + target
                + " back as it was before the merge.");
        return new MergeOutcome(MergeOutcome.Status.CONFLICTS, message.toString(), Optional.empty(), files);
    }

    /** 1-based lines of the {@code <<<<<<<} markers in the working-tree file. */
    static List<Integer> conflictStarts(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("<<<<<<<")) {
                out.add(i + 1);
            }
        }
        return out;
    }

    MergeOutcome abort() throws GitProblem {
        try {
            GitFailures.requireUnlocked(repo);
            RepositoryState state = repo.getRepositoryState();
            if (state != RepositoryState.MERGING && state != RepositoryState.MERGING_RESOLVED) {
                return refused("No merge is in progress: nothing to abort.");
            }
            String branch = repo.getBranch();
            git.reset().setMode(ResetCommand.ResetType.HARD).setRef(Constants.HEAD).call();
            repo.writeMergeHeads(null);
            repo.writeMergeCommitMsg(null);
            ObjectId head = repo.resolve(Constants.HEAD);
            return new MergeOutcome(MergeOutcome.Status.ABORTED, "The merge was aborted: " + branch
                    + " is back at " + abbreviated(head) + ", as before the merge.", Optional.of(head.name()), List.of());
        } catch (IOException | GitAPIException | RuntimeException e) {
            throw GitFailures.of(repo, "abort the merge", e);
        }
    }

    private Ref branchRef(String name) throws IOException, GitProblem {
        Ref ref = repo.exactRef(Constants.R_HEADS + name);
        if (ref == null) {
            List<String> names = repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS).stream()
                    .map(r -> Repository.shortenRefName(r.getName())).sorted().toList();
            throw new GitProblem(GitProblem.Kind.OTHER, "There is no branch named \"" + name + "\". Branches: "
                    + String.join(", ", names) + ".");
        }
        return ref;
    }

    private static MergeOutcome refused(String message) {
        return new MergeOutcome(MergeOutcome.Status.REFUSED, message, Optional.empty(), List.of());
    }

    private static String abbreviated(ObjectId id) {
        return id.abbreviate(7).name();
    }
}
