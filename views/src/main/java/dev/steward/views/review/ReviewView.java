package dev.steward.views.review;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.steward.model.review.MergeOutcome;
import dev.steward.views.icons.SeverityIcons;
import dev.steward.model.review.ReviewStatus;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The review view: pick what to compare (a branch into its target, two revisions, or the working
 * tree), read the counts by severity, the changed artifacts, each artifact's change tree and its text
 * side by side with the changes marked; comment on a change, approve or request changes, and merge.
 * Built in code; every action goes through {@link ReviewViewModel}.
 */
public final class ReviewView extends BorderPane {

    private final ReviewViewModel model;

    public ReviewView(ReviewViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        setId("reviewView");
        getStyleClass().add("review-view");
        getStylesheets().addAll(
                Objects.requireNonNull(ReviewView.class.getResource("review.css")).toExternalForm(),
                Objects.requireNonNull(ReviewView.class.getResource("/dev/steward/views/git/git-panel.css")).toExternalForm());
        setTop(new VBox(toolbar(), summaryBar()));
        setCenter(body());
        setBottom(decisionBar());
        model.mergeOutcomeProperty().addListener((o, a, outcome) -> {
            if (outcome != null && outcome.status() == MergeOutcome.Status.CONFLICTS) {
                showConflicts(outcome);
            }
        });
    }

    public ReviewViewModel model() {
        return model;
    }

    // ---- top -----------------------------------------------------------------------------------

    private HBox toolbar() {
        ToggleGroup modes = new ToggleGroup();
        HBox pills = new HBox();
        ReviewMode[] all = ReviewMode.values();
        for (int i = 0; i < all.length; i++) {
            ReviewMode mode = all[i];
            ToggleButton pill = new ToggleButton(mode.title());
            pill.setId("reviewMode" + mode.name());
            pill.setUserData(mode);
            pill.setToggleGroup(modes);
            pill.setMinWidth(Region.USE_PREF_SIZE);
            pill.getStyleClass().addAll(i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL,
                    Styles.SMALL);
            pill.setSelected(model.modeProperty().get() == mode);
            pills.getChildren().add(pill);
        }
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                model.modeProperty().set((ReviewMode) now.getUserData());
            }
        });
        model.modeProperty().addListener((o, a, mode) -> modes.getToggles().stream()
                .filter(t -> t.getUserData() == mode).findFirst().ifPresent(t -> t.setSelected(true)));

        StackPane fields = new StackPane(branchFields(), commitFields(), workingTreeFields());
        fields.setAlignment(Pos.CENTER_LEFT);

        Button compare = new Button("Compare", new FontIcon(Feather.GIT_PULL_REQUEST));
        compare.setId("reviewCompare");
        compare.setDefaultButton(true);
        compare.getStyleClass().add(Styles.ACCENT);
        compare.disableProperty().bind(model.busyProperty());
        compare.setOnAction(e -> model.open());
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("reviewRefreshBranches");
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        refresh.setOnAction(e -> model.refreshBranches());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, pills, fields, spacer, busy, refresh, compare);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("panel-header");
        return bar;
    }

    private Node branchFields() {
        ComboBox<String> branch = new ComboBox<>(model.branches());
        branch.setId("reviewBranch");
        branch.valueProperty().bindBidirectional(model.branchProperty());
        ComboBox<String> target = new ComboBox<>(model.branches());
        target.setId("reviewTarget");
        target.valueProperty().bindBidirectional(model.targetProperty());
        return modeFields(ReviewMode.BRANCH, new Label("Review"), branch, new Label("into"), target);
    }

    private Node commitFields() {
        TextField base = new TextField();
        base.setId("reviewBase");
        base.setPromptText("base: main, v1.2, a1b2c3d, HEAD~3");
        base.textProperty().bindBidirectional(model.baseRevisionProperty());
        TextField head = new TextField();
        head.setId("reviewHead");
        head.setPromptText("head");
        head.textProperty().bindBidirectional(model.headRevisionProperty());
        return modeFields(ReviewMode.COMMITS, base, new Label("→"), head);
    }

    private Node workingTreeFields() {
        Label what = new Label("Uncommitted changes (and new files) against HEAD");
        what.getStyleClass().add("review-muted");
        return modeFields(ReviewMode.WORKING_TREE, what);
    }

    private HBox modeFields(ReviewMode mode, Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(model.modeProperty().isEqualTo(mode));
        return box;
    }

    private VBox summaryBar() {
        Label summary = new Label();
        summary.setId("reviewSummary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.textProperty().bind(Bindings.when(model.summaryProperty().isEmpty())
                .then("Pick what to compare, then Compare").otherwise(model.summaryProperty()));
        Label range = new Label();
        range.getStyleClass().add("review-muted");
        range.textProperty().bind(model.rangeLabelProperty());
        Label status = new Label();
        status.setId("reviewStatus");
        status.getStyleClass().add("review-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> model.statusProperty().get() == null ? ""
                : model.statusProperty().get().title(), model.statusProperty()));
        status.visibleProperty().bind(model.statusProperty().isNotNull());
        model.statusProperty().addListener((o, a, s) -> markStatus(status, s));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(10, summary, range, spacer, status);
        line.setAlignment(Pos.CENTER_LEFT);

        VBox problems = new VBox(2);
        problems.setId("reviewVersionProblems");
        model.versionProblems().addListener((ListChangeListener<ReviewSummary.VersionProblem>) c -> {
            problems.getChildren().clear();
            for (ReviewSummary.VersionProblem p : model.versionProblems()) {
                Label label = new Label(p.text(), SeverityIcons.of(p.severity()));
                label.getStyleClass().addAll("review-version-problem", "severity-" + p.severity().label());
                label.setWrapText(true);
                problems.getChildren().add(label);
            }
        });
        VBox bar = new VBox(4, line, problems);
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    private static void markStatus(Label label, ReviewStatus status) {
        for (ReviewStatus s : ReviewStatus.values()) {
            label.pseudoClassStateChanged(PseudoClass.getPseudoClass(s.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-')), s == status);
        }
    }

    // ---- body ----------------------------------------------------------------------------------

    private Node body() {
        ListView<dev.steward.model.diff.ArtifactDiff> artifacts = new ListView<>(model.artifacts());
        artifacts.setId("reviewArtifacts");
        artifacts.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        artifacts.setCellFactory(l -> new ArtifactCell());
        artifacts.setPlaceholder(new Label("No changed artifacts"));
        artifacts.setMinWidth(240);
        artifacts.setPrefWidth(380);
        artifacts.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item != model.selection().artifactProperty().get()) {
                model.selection().showArtifact(item);
            }
        });
        model.selection().artifactProperty().addListener((o, a, item) -> {
            if (artifacts.getSelectionModel().getSelectedItem() != item) {
                artifacts.getSelectionModel().select(item);
            }
        });

        ChangeTreeView tree = new ChangeTreeView(model);
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox middle = new VBox(tree, commentBox());

        SplitPane top = new SplitPane(artifacts, middle);
        top.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(artifacts, false);
        SplitPane body = new SplitPane(top, new ReviewTextView(model));
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.5);
        return body;
    }

    private VBox commentBox() {
        Label target = new Label();
        target.setId("reviewCommentTarget");
        target.getStyleClass().add("review-muted");
        target.textProperty().bind(Bindings.when(model.selection().commentTargetProperty().isEmpty())
                .then("Select a change to comment on it").otherwise(model.selection().commentTargetProperty()));
        TextArea text = new TextArea();
        text.setId("reviewCommentText");
        text.setPromptText("Write a review comment");
        text.setPrefRowCount(2);
        text.setWrapText(true);
        text.textProperty().bindBidirectional(model.commentTextProperty());
        text.disableProperty().bind(model.reviewedBranchProperty().isEmpty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button comment = new Button("Comment", new FontIcon(Feather.MESSAGE_SQUARE));
        comment.setId("reviewCommentButton");
        comment.disableProperty().bind(model.canCommentProperty().not());
        comment.setOnAction(e -> model.comment());
        HBox row = new HBox(8, text, comment);
        row.setAlignment(Pos.BOTTOM_LEFT);
        VBox box = new VBox(4, target, row);
        box.setPadding(new Insets(6, 8, 6, 8));
        box.getStyleClass().add("review-comment-box");
        return box;
    }

    // ---- bottom --------------------------------------------------------------------------------

    private VBox decisionBar() {
        TextField note = new TextField();
        note.setId("reviewDecisionNote");
        note.setPromptText("Optional note with your decision");
        note.textProperty().bindBidirectional(model.decisionNoteProperty());
        note.disableProperty().bind(model.reviewedBranchProperty().isEmpty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button approve = new Button("Approve", new FontIcon(Feather.CHECK));
        approve.setId("reviewApprove");
        approve.getStyleClass().add(Styles.SUCCESS);
        approve.disableProperty().bind(model.canDecideProperty().not());
        approve.setOnAction(e -> model.approve());
        Button changes = new Button("Request changes", new FontIcon(Feather.X));
        changes.setId("reviewRequestChanges");
        changes.getStyleClass().add(Styles.DANGER);
        changes.disableProperty().bind(model.canDecideProperty().not());
        changes.setOnAction(e -> model.requestChanges());
        Button merge = new Button("Merge", new FontIcon(Feather.GIT_MERGE));
        merge.setId("reviewMerge");
        merge.disableProperty().bind(model.canMergeProperty().not());
        Tooltip mergeHint = new Tooltip("A branch is merged once its review is approved at its latest commit.");
        merge.setTooltip(mergeHint);
        merge.setOnAction(e -> model.merge());
        merge.textProperty().bind(Bindings.createStringBinding(() -> model.reviewedBranchProperty().get().isEmpty()
                ? "Merge" : "Merge into " + model.targetProperty().get(), model.reviewedBranchProperty(), model.targetProperty()));
        for (Button b : new Button[] {approve, changes, merge}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(8, note, approve, changes, new Region(), merge);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label error = message("reviewError", model.errorProperty().get());
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label info = message("reviewInfo", "");
        info.textProperty().bind(model.infoProperty());
        info.getStyleClass().add("review-muted");
        info.visibleProperty().bind(model.infoProperty().isNotEmpty().and(model.errorProperty().isEmpty()));
        info.managedProperty().bind(info.visibleProperty());
        VBox bar = new VBox(6, error, info, buttons);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("review-decision-bar");
        return bar;
    }

    private static Label message(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private void showConflicts(MergeOutcome outcome) {
        Alert alert = MergeConflictDialog.of(outcome);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == MergeConflictDialog.ABORT) {
            model.abortMerge();
        }
    }
}
