package dev.steward.app.studio;

import dev.steward.model.git.GitProblem;
import dev.steward.model.git.Identity;
import dev.steward.model.review.ReviewStatus;
import dev.steward.model.review.WorkspaceReview;
import dev.steward.views.git.GitDialogs;
import dev.steward.views.review.ReviewBackend;
import dev.steward.views.review.ReviewView;
import dev.steward.views.review.ReviewViewModel;
import dev.steward.views.task.TaskRunner;
import dev.steward.views.theme.Theme;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The review view as a window of its own beside the studio (Review › Review Changes…, Ctrl+Shift+R):
 * the workspace's {@link WorkspaceReview} is opened off the FX thread when first needed and kept until
 * another workspace opens. The Git panel reads the current branch's review status through
 * {@link #status(String)}; a comment, decision or merge in the view calls {@code onReviewChanged}.
 */
final class ReviewPanel {

    private final TaskRunner tasks;
    private final Supplier<Stage> owner;
    private final Supplier<Theme> theme;
    private final Supplier<Optional<Identity>> rememberedIdentity;
    private final Consumer<Identity> rememberIdentity;
    private final Runnable onReviewChanged;
    private final Consumer<String> onProblem;
    private Path workspace;
    private WorkspaceReview review;
    private Stage window;
    private ReviewView view;

    ReviewPanel(TaskRunner tasks, Supplier<Stage> owner, Supplier<Theme> theme, Supplier<Optional<Identity>> rememberedIdentity,
                Consumer<Identity> rememberIdentity, Runnable onReviewChanged, Consumer<String> onProblem) {
        this.tasks = tasks;
        this.owner = owner;
        this.theme = theme;
        this.rememberedIdentity = rememberedIdentity;
        this.rememberIdentity = rememberIdentity;
        this.onReviewChanged = onReviewChanged;
        this.onProblem = onProblem;
    }

    /** A workspace was opened: the next review reads its repository; an open review window closes. */
    void workspaceOpened(Path root) {
        if (window != null) {
            window.close();
        }
        view = null;
        synchronized (this) {
            workspace = root;
            closeReview();
        }
    }

    /** Opens the review window on the workspace's repository, with the current branch picked. */
    void show() {
        Path root;
        synchronized (this) {
            root = workspace;
        }
        if (root == null) {
            onProblem.accept("Open a workspace first: a review compares revisions of its Git repository.");
            return;
        }
        if (view != null) {
            window.show();
            window.toFront();
            view.model().refreshBranches();
            return;
        }
        tasks.run("Opening the review", () -> review(root), opened -> {
            if (root.equals(workspace)) {
                showWindow(opened);
            }
        }, failure -> {
            if (root.equals(workspace)) {
                onProblem.accept(failure instanceof GitProblem p ? p.getMessage()
                        : "Could not open the review of " + root + ": " + failure.getMessage());
            }
        });
    }

    /** The review status of {@code branch}, for the Git panel; off the FX thread. */
    ReviewStatus status(String branch) throws GitProblem {
        Path root;
        synchronized (this) {
            root = workspace;
        }
        return root == null ? ReviewStatus.NONE : review(root).status(branch);
    }

    Optional<ReviewView> view() {
        return Optional.ofNullable(view);
    }

    Optional<Stage> window() {
        return Optional.ofNullable(window);
    }

    void close() {
        if (window != null) {
            window.close();
        }
        synchronized (this) {
            closeReview();
        }
    }

    /** The workspace's review API, opened once per workspace. */
    private synchronized WorkspaceReview review(Path root) throws GitProblem {
        if (!root.equals(workspace)) {
            throw new GitProblem(GitProblem.Kind.OTHER, "Another workspace was opened meanwhile; " + root + " is not reviewed.");
        }
        if (review == null) {
            review = WorkspaceReview.open(root);
        }
        return review;
    }

    /** Releases the repository off the FX thread: a diff still running holds the review until it ends. */
    private void closeReview() {
        if (review != null) {
            WorkspaceReview old = review;
            review = null;
            tasks.run(null, () -> {
                old.close();
                return null;
            }, done -> { }, failure -> { });
        }
    }

    private void showWindow(WorkspaceReview opened) {
        if (window == null) {
            window = new Stage();
            window.initOwner(owner.get());
            window.setTitle("Review Changes");
            window.setWidth(1280);
            window.setHeight(840);
        }
        ReviewViewModel model = new ReviewViewModel(ReviewBackend.over(opened), tasks,
                GitDialogs.identityPrompt(() -> window, rememberIdentity));
        rememberedIdentity.get().ifPresent(model::setRememberedIdentity);
        model.setOnReviewChanged(onReviewChanged);
        view = new ReviewView(model);
        Scene scene = new Scene(view);
        theme.get().applyStylesheets(scene);
        window.setScene(scene);
        window.show();
        window.toFront();
        model.openCurrentBranch();
    }
}
