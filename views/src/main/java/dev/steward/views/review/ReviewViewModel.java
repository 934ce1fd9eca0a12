package dev.steward.views.review;

import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.DiffReport;
import dev.steward.model.git.GitProblem;
import dev.steward.model.git.Identity;
import dev.steward.model.review.MergeOutcome;
import dev.steward.model.review.ReviewDecision;
import dev.steward.model.review.ReviewRange;
import dev.steward.model.review.ReviewRecord;
import dev.steward.model.review.ReviewStatus;
import dev.steward.model.review.Revision;
import dev.steward.views.git.GitPrompts;
import dev.steward.views.task.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The review view's state and actions. Inputs are the mode, the revisions to compare, and the comment
 * and decision texts; everything else is read-only. Repository work runs through the {@link TaskRunner}
 * with the inputs copied first; a newer load wins over a slower older one, and failures become one line
 * in {@link #errorProperty()}. Comments, decisions and merges need a branch review ({@link #reviewedBranchProperty()}).
 */
public final class ReviewViewModel {

    /** The branches others are merged into, picked as the target by default. */
    private static final java.util.Set<String> MAINLINES = java.util.Set.of("main", "master");

    private final ReviewBackend backend;
    private final TaskRunner tasks;
    private final GitPrompts.IdentityPrompt identityPrompt;
    private Identity rememberedIdentity;
    private Optional<Identity> configuredIdentity = Optional.empty();
    private Runnable onReviewChanged = () -> { };
    private int loadRequest;
    private String reviewTarget = "";

    private final ObjectProperty<ReviewMode> mode = new SimpleObjectProperty<>(this, "mode", ReviewMode.BRANCH);
    private final StringProperty branch = new SimpleStringProperty(this, "branch", "");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final StringProperty baseRevision = new SimpleStringProperty(this, "baseRevision", "HEAD~1");
    private final StringProperty headRevision = new SimpleStringProperty(this, "headRevision", "HEAD");
    private final StringProperty commentText = new SimpleStringProperty(this, "commentText", "");
    private final StringProperty decisionNote = new SimpleStringProperty(this, "decisionNote", "");

    private final ObservableList<String> branches = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ReviewRange> range = new ReadOnlyObjectWrapper<>(this, "range");
    private final ReadOnlyStringWrapper rangeLabel = new ReadOnlyStringWrapper(this, "rangeLabel", "");
    private final ReadOnlyObjectWrapper<DiffReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<ReviewSummary.VersionProblem> versionProblems = FXCollections.observableArrayList();
    private final ObservableList<ArtifactDiff> artifacts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper reviewedBranch = new ReadOnlyStringWrapper(this, "reviewedBranch", "");
    private final ReadOnlyObjectWrapper<ReviewRecord> record = new ReadOnlyObjectWrapper<>(this, "record");
    private final ReadOnlyObjectWrapper<ReviewStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyObjectWrapper<MergeOutcome> mergeOutcome = new ReadOnlyObjectWrapper<>(this, "mergeOutcome");
    private final ReviewSelection selection = new ReviewSelection();
    private final ObservableList<String> branchesView = FXCollections.unmodifiableObservableList(branches);
    private final ObservableList<ReviewSummary.VersionProblem> versionProblemsView = FXCollections.unmodifiableObservableList(versionProblems);
    private final ObservableList<ArtifactDiff> artifactsView = FXCollections.unmodifiableObservableList(artifacts);
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canComment = new ReadOnlyBooleanWrapper(this, "canComment");
    private final ReadOnlyBooleanWrapper canDecide = new ReadOnlyBooleanWrapper(this, "canDecide");
    private final ReadOnlyBooleanWrapper canMerge = new ReadOnlyBooleanWrapper(this, "canMerge");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");

    public ReviewViewModel(ReviewBackend backend, TaskRunner tasks, GitPrompts.IdentityPrompt identityPrompt) {
        this.backend = backend;
        this.tasks = tasks;
        this.identityPrompt = identityPrompt;
        busy.bind(running.greaterThan(0));
        canDecide.bind(Bindings.createBooleanBinding(() -> !reviewedBranch.get().isEmpty() && running.get() == 0,
                reviewedBranch, running));
        canComment.bind(Bindings.createBooleanBinding(() -> canDecide.get() && selection.artifactProperty().get() != null
                && !commentText.get().isBlank(), canDecide, selection.artifactProperty(), commentText));
        canMerge.bind(Bindings.createBooleanBinding(() -> canDecide.get() && status.get() == ReviewStatus.APPROVED,
                canDecide, status));
    }

    /** The identity the app remembered from an earlier prompt, used when Git's configuration has none. */
    public void setRememberedIdentity(Identity identity) {
        this.rememberedIdentity = identity;
    }

    /** Called after a comment, a decision or a merge changed what the Git panel shows. */
    public void setOnReviewChanged(Runnable then) {
        this.onReviewChanged = then;
    }

    // ---- loading -------------------------------------------------------------------------------

    /** Reads the branches; picks the current branch to review into main (else master) when none is chosen. */
    public void refreshBranches() {
        readBranches(() -> { });
    }

    /**
     * Reads the branches and, when a feature branch is checked out (not main or master), opens its review
     * into main at once: what a reviewer wants on opening the view from a feature branch.
     */
    public void openCurrentBranch() {
        readBranches(() -> {
            if (mode.get() == ReviewMode.BRANCH && !branch.get().isEmpty() && !MAINLINES.contains(branch.get())
                    && !target.get().isEmpty() && !branch.get().equals(target.get())) {
                open();
            }
        });
    }

    private void readBranches(Runnable then) {
        submit("Reading branches", () -> new Branches(backend.branches(), backend.currentBranch(),
                backend.configuredIdentity()), found -> {
            configuredIdentity = found.identity();
            branches.setAll(found.names());
            if (!found.names().contains(branch.get())) {
                branch.set(found.current().orElse(found.names().isEmpty() ? "" : found.names().getFirst()));
            }
            if (!found.names().contains(target.get()) || target.get().equals(branch.get())) {
                target.set(found.names().stream().filter(MAINLINES::contains)
                        .filter(n -> !n.equals(branch.get())).findFirst()
                        .orElse(found.names().stream().filter(n -> !n.equals(branch.get())).findFirst().orElse("")));
            }
            then.run();
        });
    }

    /** Opens the review of {@code branchName} into {@code targetName}. */
    public void openBranch(String branchName, String targetName) {
        mode.set(ReviewMode.BRANCH);
        branch.set(branchName);
        target.set(targetName);
        open();
    }

    /** Compares what the mode and revision inputs say, with the blast radius of each breaking change. */
    public void open() {
        ReviewMode m = mode.get();
        String b = branch.get().strip();
        String t = target.get().strip();
        String base = baseRevision.get().strip();
        String head = headRevision.get().strip();
        switch (m) {
            case BRANCH -> {
                if (b.isEmpty() || t.isEmpty() || b.equals(t)) {
                    error.set("Pick the branch to review and the branch it merges into; they must differ.");
                    return;
                }
            }
            case COMMITS -> {
                if (base.isEmpty() || head.isEmpty()) {
                    error.set("Give both revisions to compare: a branch, tag, commit id or HEAD~n.");
                    return;
                }
            }
            case WORKING_TREE -> { }
        }
        error.set("");
        int mine = ++loadRequest;
        submit("Reviewing changes", () -> {
            ReviewRange r = switch (m) {
                case BRANCH -> backend.branchRange(b, t);
                case COMMITS -> new ReviewRange(Revision.of(base), Revision.of(head));
                case WORKING_TREE -> new ReviewRange(Revision.of("HEAD"), Revision.workingTree());
            };
            DiffReport diff = backend.diff(r, true);
            boolean isBranch = m == ReviewMode.BRANCH;
            return new Loaded(r, diff, isBranch ? b : "", isBranch ? t : "",
                    isBranch ? backend.review(b) : Optional.empty(),
                    isBranch ? backend.status(b) : null, backend.configuredIdentity());
        }, loaded -> {
            if (mine == loadRequest) {
                apply(loaded);
            }
        }, failure -> mine == loadRequest);
    }

    /** A revision as a person reads it: commit ids shortened, a branch review's base named as the merge base. */
    static String label(Revision revision, boolean mergeBase) {
        String text = revision.label();
        if (text.matches("[0-9a-f]{40}")) {
            text = text.substring(0, 7);
        }
        return mergeBase ? "merge base " + text : text;
    }

    private void apply(Loaded loaded) {
        configuredIdentity = loaded.identity();
        range.set(loaded.range());
        rangeLabel.set(label(loaded.range().base(), !loaded.branch().isEmpty()) + " → " + label(loaded.range().head(), false));
        report.set(loaded.report());
        summary.set(ReviewSummary.counts(loaded.report()));
        versionProblems.setAll(ReviewSummary.versionProblems(loaded.report()));
        reviewedBranch.set(loaded.branch());
        reviewTarget = loaded.target();
        record.set(loaded.record().orElse(null));
        status.set(loaded.status());
        mergeOutcome.set(null);
        info.set(loaded.report().artifacts().isEmpty() ? "No artifact changed between " + loaded.range().label() + "." : "");
        artifacts.setAll(loaded.report().artifacts());
        selection.setComments(loaded.record().map(ReviewRecord::comments).orElse(List.of()));
        selection.showArtifact(artifacts.isEmpty() ? null : artifacts.getFirst());
    }

    // ---- review actions ------------------------------------------------------------------------

    /** Adds the comment text to the review file, anchored to the selected node's element (the file when none). */
    public void comment() {
        ArtifactDiff artifact = selection.artifactProperty().get();
        String text = commentText.get().strip();
        if (reviewedBranch.get().isEmpty() || artifact == null || text.isEmpty()) {
            error.set("Open a branch review, select a change and write a comment first.");
            return;
        }
        String element = selection.element();
        Optional<Identity> who = identity("Your name and email are written with your review comments.");
        if (who.isEmpty()) {
            return;
        }
        String b = reviewedBranch.get();
        String t = reviewTarget;
        submit("Adding a review comment", () -> new Reviewed(
                backend.comment(b, t, artifact.path(), element, who.get(), text), backend.status(b)), done -> {
            commentText.set("");
            applyReview(done, "Commented on " + (element.isEmpty() ? artifact.path() : "`" + element + "`") + ".");
        });
    }

    public void approve() {
        decide(ReviewDecision.Verdict.APPROVED);
    }

    public void requestChanges() {
        decide(ReviewDecision.Verdict.CHANGES_REQUESTED);
    }

    private void decide(ReviewDecision.Verdict verdict) {
        if (reviewedBranch.get().isEmpty()) {
            error.set("Only a branch can be approved or sent back: open it in Branch mode.");
            return;
        }
        Optional<Identity> who = identity("Your name and email are written with your review decision.");
        if (who.isEmpty()) {
            return;
        }
        String b = reviewedBranch.get();
        String t = reviewTarget;
        String note = decisionNote.get().strip();
        submit(verdict == ReviewDecision.Verdict.APPROVED ? "Approving " + b : "Requesting changes on " + b,
                () -> new Reviewed(backend.decide(b, t, who.get(), verdict, note), backend.status(b)), done -> {
                    decisionNote.set("");
                    applyReview(done, (verdict == ReviewDecision.Verdict.APPROVED ? "Approved " : "Requested changes on ")
                            + b + " as " + who.get().name() + ".");
                });
    }

    private void applyReview(Reviewed done, String message) {
        record.set(done.record());
        status.set(done.status());
        selection.setComments(done.record().comments());
        info.set(message);
        onReviewChanged.run();
    }

    /** Merges the reviewed branch into its target; conflicts come back in {@link #mergeOutcomeProperty()}. */
    public void merge() {
        if (reviewedBranch.get().isEmpty()) {
            error.set("Only a branch can be merged: open it in Branch mode.");
            return;
        }
        if (status.get() != ReviewStatus.APPROVED) {
            ReviewStatus now = status.get() == null ? ReviewStatus.NONE : status.get();
            error.set("Approve the review before merging: it is " + now.title().toLowerCase(java.util.Locale.ROOT)
                    + (now == ReviewStatus.STALE_APPROVAL ? "; look at the new commits and approve again." : "."));
            return;
        }
        Optional<Identity> who = identity("Your name and email are written into the merge commit.");
        if (who.isEmpty()) {
            return;
        }
        String b = reviewedBranch.get();
        String t = reviewTarget;
        submit("Merging " + b + " into " + t, () -> backend.merge(b, t, who.get()), this::merged);
    }

    /** Abandons a merge left with conflicts: the target branch is as it was before. */
    public void abortMerge() {
        submit("Aborting the merge", backend::abortMerge, this::merged);
    }

    private void merged(MergeOutcome outcome) {
        mergeOutcome.set(outcome);
        if (outcome.status() == MergeOutcome.Status.REFUSED) {
            error.set(outcome.message());
        } else {
            info.set(outcome.message());
        }
        onReviewChanged.run();
    }

    private Optional<Identity> identity(String reason) {
        if (rememberedIdentity != null) {
            return Optional.of(rememberedIdentity);
        }
        if (configuredIdentity.isPresent()) {
            return configuredIdentity;
        }
        Optional<Identity> given = identityPrompt.ask(reason);
        given.ifPresent(i -> rememberedIdentity = i);
        if (given.isEmpty()) {
            error.set("Nothing was written: a review needs your name and email.");
        }
        return given;
    }

    private <T> void submit(String title, Callable<T> work, Consumer<T> onSuccess) {
        submit(title, work, onSuccess, failure -> true);
    }

    /** Runs {@code work}; a failure is shown when {@code current} says it still matters. */
    private <T> void submit(String title, Callable<T> work, Consumer<T> onSuccess,
                            java.util.function.Predicate<Throwable> current) {
        running.set(running.get() + 1);
        tasks.run(title, work, value -> {
            running.set(Math.max(0, running.get() - 1));
            error.set("");
            onSuccess.accept(value);
        }, failure -> {
            running.set(Math.max(0, running.get() - 1));
            if (current.test(failure)) {
                error.set(describe(failure));
            }
        });
    }

    /** One line for the user: the problem's own message, never a stack trace. */
    static String describe(Throwable failure) {
        if (failure instanceof GitProblem problem) {
            return problem.getMessage();
        }
        String detail = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        return "The review could not be completed (" + failure.getClass().getSimpleName() + detail + ").";
    }

    private record Branches(List<String> names, Optional<String> current, Optional<Identity> identity) {
    }

    private record Loaded(ReviewRange range, DiffReport report, String branch, String target,
                          Optional<ReviewRecord> record, ReviewStatus status, Optional<Identity> identity) {
    }

    private record Reviewed(ReviewRecord record, ReviewStatus status) {
    }

    // ---- properties ----------------------------------------------------------------------------

    public ObjectProperty<ReviewMode> modeProperty() {
        return mode;
    }

    /** The branch to review (Branch mode). */
    public StringProperty branchProperty() {
        return branch;
    }

    /** The branch it is to be merged into (Branch mode). */
    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty baseRevisionProperty() {
        return baseRevision;
    }

    public StringProperty headRevisionProperty() {
        return headRevision;
    }

    public StringProperty commentTextProperty() {
        return commentText;
    }

    public StringProperty decisionNoteProperty() {
        return decisionNote;
    }

    public ObservableList<String> branches() {
        return branchesView;
    }

    public ReadOnlyObjectProperty<ReviewRange> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    /** "merge base a1b2c3d → feature/x", "HEAD → working tree". */
    public ReadOnlyStringProperty rangeLabelProperty() {
        return rangeLabel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DiffReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** "3 breaking · 2 warnings · 7 info in 4 artifacts". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** One line per contract whose version does not follow its changes. */
    public ObservableList<ReviewSummary.VersionProblem> versionProblems() {
        return versionProblemsView;
    }

    public ObservableList<ArtifactDiff> artifacts() {
        return artifactsView;
    }

    /** The shown artifact, its change tree and text, and the selected node. */
    public ReviewSelection selection() {
        return selection;
    }

    /** The branch of the open review; empty unless a branch review is open. */
    public ReadOnlyStringProperty reviewedBranchProperty() {
        return reviewedBranch.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReviewRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }

    /** The open branch review's status; null unless a branch review is open. */
    public ReadOnlyObjectProperty<ReviewStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the last merge or abort did; null before any. */
    public ReadOnlyObjectProperty<MergeOutcome> mergeOutcomeProperty() {
        return mergeOutcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCommentProperty() {
        return canComment.getReadOnlyProperty();
    }

    /** True while a branch review is open and nothing runs: approve, request changes and merge are possible. */
    public ReadOnlyBooleanProperty canDecideProperty() {
        return canDecide.getReadOnlyProperty();
    }

    /** A branch review that is approved at the branch's current head (the only state that can be merged). */
    public ReadOnlyBooleanProperty canMergeProperty() {
        return canMerge.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }
}
