package dev.steward.views.git;

import dev.steward.model.git.BranchInfo;
import dev.steward.model.git.ChangedPath;
import dev.steward.model.git.CommitBlocker;
import dev.steward.model.git.CommitGate;
import dev.steward.model.git.CommitInfo;
import dev.steward.model.git.DirtyTreeChoice;
import dev.steward.model.git.FileChange;
import dev.steward.model.git.GitProblem;
import dev.steward.model.git.GitRepository;
import dev.steward.model.git.GitStatus;
import dev.steward.model.git.HistoryPage;
import dev.steward.model.git.Identity;
import dev.steward.model.git.SwitchResult;
import dev.steward.model.review.ReviewStatus;
import dev.steward.views.task.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state and actions of the Git panel. Every Git call runs through the {@link TaskRunner} with
 * the UI values it needs copied first; results come back on the UI thread. Exposes read-only
 * properties, except the input {@link #commitMessageProperty()}; the diff pane's state is in {@link #diff()}.
 */
public final class GitPanelViewModel {

    static final int HISTORY_PAGE = 50;

    private final GitRepository repository;
    private final TaskRunner tasks;
    private final CommitGate gate;
    private final GitPrompts.IdentityPrompt identityPrompt;
    private final GitPrompts.SwitchPrompt switchPrompt;
    private Identity rememberedIdentity;

    private final ReadOnlyStringWrapper branch = new ReadOnlyStringWrapper(this, "branch", "");
    private final ReadOnlyBooleanWrapper detached = new ReadOnlyBooleanWrapper(this, "detached");
    private final ReadOnlyObjectWrapper<GitStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ObservableList<ChangeRow> changeRows = FXCollections.observableArrayList();
    private final ObservableList<BranchInfo> branches = FXCollections.observableArrayList();
    private final ObservableList<CommitInfo> history = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper moreHistory = new ReadOnlyBooleanWrapper(this, "moreHistory");
    private final ObservableList<CommitBlocker> blockers = FXCollections.observableArrayList();
    private final StringProperty commitMessage = new SimpleStringProperty(this, "commitMessage", "");
    private final ReadOnlyBooleanWrapper canCommit = new ReadOnlyBooleanWrapper(this, "canCommit");
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final ReadOnlyStringWrapper reviewStatus = new ReadOnlyStringWrapper(this, "reviewStatus", "");
    private ReviewStatusSource reviewStatusSource;
    private int reviewRequest;
    private final ObservableList<ChangeRow> changeRowsView = FXCollections.unmodifiableObservableList(changeRows);
    private final ObservableList<BranchInfo> branchesView = FXCollections.unmodifiableObservableList(branches);
    private final ObservableList<CommitInfo> historyView = FXCollections.unmodifiableObservableList(history);
    private final ObservableList<CommitBlocker> blockersView = FXCollections.unmodifiableObservableList(blockers);
    private final DiffViewModel diff;

    public GitPanelViewModel(GitRepository repository, TaskRunner tasks, CommitGate gate,
                             GitPrompts.IdentityPrompt identityPrompt, GitPrompts.SwitchPrompt switchPrompt) {
        this.repository = repository;
        this.tasks = tasks;
        this.gate = gate;
        this.identityPrompt = identityPrompt;
        this.switchPrompt = switchPrompt;
        canCommit.bind(Bindings.createBooleanBinding(
                () -> !commitMessage.get().isBlank() && status.get() != null && !status.get().staged().isEmpty()
                        && running.get() == 0,
                commitMessage, status, running));
        busy.bind(running.greaterThan(0));
        diff = new DiffViewModel(tasks, this::fail);
    }

    /** The identity the app remembered from an earlier prompt, used when Git's configuration has none. */
    public void setRememberedIdentity(Identity identity) {
        this.rememberedIdentity = identity;
    }

    /** Reads where a branch's review stands; the app supplies it from the review API. */
    @FunctionalInterface
    public interface ReviewStatusSource {
        ReviewStatus status(String branch) throws GitProblem;
    }

    /** Shows the current branch's review status next to its name, read now and after each refresh. */
    public void setReviewStatusSource(ReviewStatusSource source) {
        this.reviewStatusSource = source;
        refreshReviewStatus();
    }

    /** Reads the current branch's review status again (after a comment or decision in the review view). */
    public void refreshReviewStatus() {
        String current = branch.get();
        ReviewStatusSource source = reviewStatusSource;
        int mine = ++reviewRequest;
        if (source == null || current.isEmpty() || detached.get()) {
            reviewStatus.set("");
            return;
        }
        // a branch without a review says nothing; a failure to read the review file is not a Git error
        tasks.run(null, () -> source.status(current), s -> {
            if (mine == reviewRequest) {
                reviewStatus.set(s == ReviewStatus.NONE ? "" : s.title());
            }
        }, failure -> {
            if (mine == reviewRequest) {
                reviewStatus.set("");
            }
        });
    }

    // ---- actions -------------------------------------------------------------------------------

    /** Reloads status, branches and the first page of history. */
    public void refresh() {
        submit("Reading Git status", () -> Snapshot.read(repository), this::apply);
    }

    public void stageAll() {
        submit("Staging all changes", () -> {
            repository.stageAll();
            return Snapshot.readChanges(repository);
        }, this::apply);
    }

    public void stage(List<FileChange> changes) {
        List<String> paths = changes.stream().map(FileChange::path).distinct().toList();
        submit("Staging " + paths.size() + " file(s)", () -> {
            repository.stage(paths);
            return Snapshot.readChanges(repository);
        }, this::apply);
    }

    public void unstage(List<FileChange> changes) {
        List<String> paths = changes.stream()
                .flatMap(c -> c.renamedFrom().map(from -> List.of(c.path(), from)).orElse(List.of(c.path())).stream())
                .distinct().toList();
        submit("Unstaging " + paths.size() + " file(s)", () -> {
            repository.unstage(paths);
            return Snapshot.readChanges(repository);
        }, this::apply);
    }

    /** Stages an entry of an unstaged group, unstages an entry of the Staged group. */
    public void toggle(ChangeRow.Entry entry) {
        if (entry.group().isStaged()) {
            unstage(List.of(entry.change()));
        } else {
            stage(List.of(entry.change()));
        }
    }

    /** Runs the pre-commit gate, then commits when nothing blocks. */
    public void commit() {
        startCommit(false);
    }

    /** Commits although the gate found problems: the user's explicit override. */
    public void commitAnyway() {
        startCommit(true);
    }

    /** Hides the problems of a blocked commit without committing. */
    public void dismissBlockers() {
        blockers.clear();
    }

    public void loadMoreHistory() {
        int skip = history.size();
        submit("Reading history", () -> repository.history(skip, HISTORY_PAGE, null), page -> {
            history.addAll(page.commits());
            moreHistory.set(page.hasMore());
        });
    }

    /** Shows the diff of a change: HEAD vs index for the Staged group, index vs working tree otherwise. */
    public void showDiff(ChangeRow.Entry entry) {
        FileChange change = entry.change();
        boolean staged = entry.group().isStaged();
        String title = change.path() + (staged ? " (staged)" : " (working tree)");
        diff.load(title, () -> staged ? repository.diffStaged(change) : repository.diffWorkingTree(change.path()));
    }

    /** Shows what {@code commit} changed in {@code path}. */
    public void showDiff(CommitInfo commit, ChangedPath path) {
        String id = commit.id();
        diff.load(path.path() + " @ " + commit.shortId(), () -> repository.diffCommit(id).stream()
                .filter(d -> d.displayPath().equals(path.path())).findFirst()
                .orElseThrow(() -> new GitProblem(GitProblem.Kind.OTHER,
                        "Commit " + commit.shortId() + " did not change " + path.path() + ".")));
    }

    public void createBranch(String name) {
        submit("Creating branch " + name, () -> {
            repository.createBranch(name);
            return Snapshot.read(repository);
        }, snapshot -> {
            apply(snapshot);
            info.set("Created branch " + name.strip() + ".");
        });
    }

    /** Switches branch; with uncommitted changes, asks the user whether to stash them or stay. */
    public void switchBranch(String name) {
        runSwitch(name, DirtyTreeChoice.REFUSE);
    }

    // ---- flows ---------------------------------------------------------------------------------

    private void runSwitch(String name, DirtyTreeChoice choice) {
        tasks.run("Switching to " + name, track(() -> {
            SwitchResult result = repository.switchBranch(name, choice, null);
            return new Switched(result, Snapshot.read(repository));
        }), untrack((Switched done) -> {
            apply(done.snapshot());
            diff.clear();
            if (done.result().clean()) {
                info.set(done.result().message());
            } else {
                error.set(done.result().message());
            }
        }), untrack(failure -> {
            if (failure instanceof GitProblem p && p.kind() == GitProblem.Kind.DIRTY_TREE && choice == DirtyTreeChoice.REFUSE) {
                Optional<DirtyTreeChoice> answer = switchPrompt.ask(name, p.getMessage());
                if (answer.isPresent() && answer.get() == DirtyTreeChoice.STASH_AND_REAPPLY) {
                    runSwitch(name, DirtyTreeChoice.STASH_AND_REAPPLY);
                    return;
                }
            }
            fail(failure);
        }));
    }

    private void startCommit(boolean override) {
        String message = commitMessage.get();
        Identity identity = rememberedIdentity;
        if (message.isBlank()) {
            error.set("Write a commit message first: its first line says what changed.");
            return;
        }
        error.set("");
        tasks.run("Committing", track(() -> {
            List<String> checked = null;
            if (!override) {
                CommitGate.Verdict verdict = gate.check(repository);
                if (verdict.blocked()) {
                    return new Committed(null, verdict.blockers(), null);
                }
                checked = verdict.checkedPaths();
            }
            CommitInfo done = repository.commit(message, identity, checked);
            return new Committed(done, List.of(), Snapshot.read(repository));
        }), untrack((Committed outcome) -> {
            if (outcome.commit() == null) {
                blockers.setAll(outcome.blockers());
                return;
            }
            blockers.clear();
            commitMessage.set("");
            apply(outcome.snapshot());
            diff.clear();
            info.set("Committed " + outcome.commit().shortId() + ": " + outcome.commit().summary());
        }), untrack(failure -> {
            if (failure instanceof GitProblem p && p.kind() == GitProblem.Kind.NO_IDENTITY) {
                Optional<Identity> given = identityPrompt.ask(p.getMessage());
                if (given.isPresent()) {
                    rememberedIdentity = given.get();
                    startCommit(override);
                    return;
                }
            }
            fail(failure);
        }));
    }

    private <T> void submit(String title, Callable<T> work, Consumer<T> onSuccess) {
        tasks.run(title, track(work), untrack(onSuccess), untrack(this::fail));
    }

    private <T> Callable<T> track(Callable<T> work) {
        running.set(running.get() + 1);
        return work;
    }

    private <T> Consumer<T> untrack(Consumer<T> then) {
        return value -> {
            running.set(Math.max(0, running.get() - 1));
            then.accept(value);
        };
    }

    private void fail(Throwable failure) {
        error.set(describe(failure));
    }

    /** The user-facing sentence for a failure: the problem's own message, never a stack trace. */
    static String describe(Throwable failure) {
        if (failure instanceof GitProblem problem) {
            return problem.getMessage();
        }
        String detail = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        return "Git operation failed unexpectedly (" + failure.getClass().getSimpleName() + detail + ").";
    }

    private void apply(Snapshot snapshot) {
        GitStatus s = snapshot.status();
        status.set(s);
        branch.set(s.branch());
        detached.set(s.detached());
        changeRows.setAll(ChangeRow.of(s));
        branches.setAll(snapshot.branches());
        snapshot.history().ifPresent(page -> {
            history.setAll(page.commits());
            moreHistory.set(page.hasMore());
        });
        error.set("");
        refreshReviewStatus();
    }

    /** What the panel shows after a change: read together in one background call. */
    record Snapshot(GitStatus status, List<BranchInfo> branches, Optional<HistoryPage> history) {
        /** Everything, after operations that move HEAD. */
        static Snapshot read(GitRepository repository) throws GitProblem {
            return new Snapshot(repository.status(), repository.branches(),
                    Optional.of(repository.history(0, HISTORY_PAGE, null)));
        }

        /** Status and branches only, after staging (history cannot have changed). */
        static Snapshot readChanges(GitRepository repository) throws GitProblem {
            return new Snapshot(repository.status(), repository.branches(), Optional.empty());
        }
    }

    private record Committed(CommitInfo commit, List<CommitBlocker> blockers, Snapshot snapshot) {
    }

    private record Switched(SwitchResult result, Snapshot snapshot) {
    }

    // ---- properties ----------------------------------------------------------------------------

    public ReadOnlyStringProperty branchProperty() {
        return branch.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty detachedProperty() {
        return detached.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GitStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<ChangeRow> changeRows() {
        return changeRowsView;
    }

    public ObservableList<BranchInfo> branches() {
        return branchesView;
    }

    public ObservableList<CommitInfo> history() {
        return historyView;
    }

    public ReadOnlyBooleanProperty moreHistoryProperty() {
        return moreHistory.getReadOnlyProperty();
    }

    public ObservableList<CommitBlocker> blockers() {
        return blockersView;
    }

    public StringProperty commitMessageProperty() {
        return commitMessage;
    }

    public ReadOnlyBooleanProperty canCommitProperty() {
        return canCommit.getReadOnlyProperty();
    }

    /** True while a Git operation (other than loading a diff) runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    /** The current branch's review status ("Approved", "In review"...), empty when it has no review. */
    public ReadOnlyStringProperty reviewStatusProperty() {
        return reviewStatus.getReadOnlyProperty();
    }

    /** The diff pane: the selected change's diff and the display mode. */
    public DiffViewModel diff() {
        return diff;
    }
}
