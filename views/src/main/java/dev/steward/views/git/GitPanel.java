package dev.steward.views.git;

import atlantafx.base.theme.Styles;
import dev.steward.model.git.BranchInfo;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Git panel: branch bar, Changes and History tabs, messages, and the diff of the selected
 * change. Built in code; every action goes through {@link GitPanelViewModel}.
 */
public final class GitPanel extends BorderPane {

    /** Below this width the diff is shown under the changes instead of beside them. */
    private static final double NARROW = 720;


    private final GitPanelViewModel model;
    private final MenuButton branchMenu = new MenuButton();

    public GitPanel(GitPanelViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        setId("gitPanel");
        getStyleClass().add("git-panel");
        getStylesheets().add(Objects.requireNonNull(GitPanel.class.getResource("git-panel.css")).toExternalForm());

        TabPane tabs = new TabPane(new Tab("Changes", new ChangesPane(model)), new Tab("History", new HistoryPane(model)));
        tabs.setId("gitTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        VBox left = new VBox(branchBar(), tabs, messages());
        left.setMinWidth(240);
        DiffView diff = new DiffView(model.diff());
        SplitPane split = new SplitPane(left, diff);
        split.setDividerPositions(0.38);
        // beside the editor the panel is a narrow column: the diff then goes below the changes
        widthProperty().addListener((o, a, w) -> {
            Orientation wanted = w.doubleValue() < NARROW ? Orientation.VERTICAL : Orientation.HORIZONTAL;
            if (split.getOrientation() != wanted) {
                split.setOrientation(wanted);
                split.setDividerPositions(wanted == Orientation.VERTICAL ? 0.6 : 0.38);
            }
        });
        setCenter(split);
    }

    private HBox branchBar() {
        Label icon = new Label("Branch");
        icon.getStyleClass().add("git-muted");
        icon.setMinWidth(Region.USE_PREF_SIZE);
        Label branch = new Label();
        branch.setId("gitBranchLabel");
        branch.getStyleClass().add(Styles.TEXT_BOLD);
        branch.textProperty().bind(model.branchProperty());
        Label detached = new Label("detached HEAD");
        detached.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        detached.visibleProperty().bind(model.detachedProperty());
        detached.managedProperty().bind(detached.visibleProperty());
        Label review = new Label();
        review.setId("gitReviewStatus");
        review.getStyleClass().addAll("git-review-status", Styles.TEXT_SMALL);
        review.textProperty().bind(model.reviewStatusProperty());
        review.visibleProperty().bind(model.reviewStatusProperty().isNotEmpty());
        review.managedProperty().bind(review.visibleProperty());
        review.setMinWidth(Region.USE_PREF_SIZE);

        branchMenu.setId("gitBranchMenu");
        branchMenu.setText("Branches");
        branchMenu.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        branchMenu.setMinWidth(Region.USE_PREF_SIZE); // a long branch name is cut, never the labels around it
        model.branches().addListener((ListChangeListener<BranchInfo>) c -> rebuildBranchMenu());
        rebuildBranchMenu();

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.busyProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, icon, branch, detached, review, spacer, busy, branchMenu);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 8, 0, 8));
        return bar;
    }

    private void rebuildBranchMenu() {
        MenuItem create = new MenuItem("New branch…");
        create.setId("gitNewBranchItem");
        create.setOnAction(e -> askBranchName());
        branchMenu.getItems().setAll(create, new SeparatorMenuItem());
        for (BranchInfo b : model.branches()) {
            MenuItem item = new MenuItem((b.current() ? "✓ " : "   ") + b.name());
            item.setDisable(b.current());
            item.setOnAction(e -> model.switchBranch(b.name()));
            branchMenu.getItems().add(item);
        }
    }

    private void askBranchName() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle("New branch");
        dialog.setHeaderText("Create a branch at the current commit");
        dialog.setContentText("Name:");
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.showAndWait().filter(n -> !n.isBlank()).ifPresent(model::createBranch);
    }

    private VBox messages() {
        Label error = new Label();
        error.setId("gitErrorLabel");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label info = new Label();
        info.setId("gitInfoLabel");
        info.setWrapText(true);
        info.setMinHeight(Region.USE_PREF_SIZE);
        info.getStyleClass().add("git-muted");
        info.textProperty().bind(model.infoProperty());
        info.visibleProperty().bind(model.infoProperty().isNotEmpty().and(model.errorProperty().isEmpty()));
        info.managedProperty().bind(info.visibleProperty());
        VBox box = new VBox(4, error, info);
        box.setPadding(new Insets(0, 8, 8, 8));
        return box;
    }
}
