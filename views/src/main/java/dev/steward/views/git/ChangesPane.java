package dev.steward.views.git;

import atlantafx.base.theme.Styles;
import dev.steward.model.git.CommitBlocker;
import dev.steward.model.git.FileChange;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Changes tab: grouped changes with stage/unstage, the commit message and the commit gate's verdict. */
final class ChangesPane extends VBox {

    private static final KeyCombination COMMIT_KEY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final GitPanelViewModel model;
    private final ListView<ChangeRow> list = new ListView<>();

    ChangesPane(GitPanelViewModel model) {
        this.model = model;
        setSpacing(8);
        setPadding(new Insets(8));

        Button stageAll = new Button("Stage all");
        stageAll.setId("gitStageAllButton");
        stageAll.getStyleClass().add(Styles.SMALL);
        stageAll.setOnAction(e -> model.stageAll());
        Button stage = new Button("Stage");
        stage.setId("gitStageButton");
        stage.getStyleClass().add(Styles.SMALL);
        stage.setOnAction(e -> model.stage(selected(false)));
        Button unstage = new Button("Unstage");
        unstage.setId("gitUnstageButton");
        unstage.getStyleClass().add(Styles.SMALL);
        unstage.setOnAction(e -> model.unstage(selected(true)));
        Button refresh = new Button("Refresh");
        refresh.setId("gitRefreshButton");
        refresh.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        refresh.setOnAction(e -> model.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(6, stageAll, stage, unstage, spacer, refresh);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        list.setId("gitChangesList");
        list.setItems(model.changeRows());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new ChangeCell());
        list.setPlaceholder(new Label("No changes: the working tree matches the last commit."));
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now instanceof ChangeRow.Entry entry) {
                model.showDiff(entry);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() instanceof ChangeRow.Entry entry) {
                model.toggle(entry);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
                e.consume();
                List<FileChange> toStage = selected(false);
                List<FileChange> toUnstage = selected(true);
                if (!toStage.isEmpty()) {
                    model.stage(toStage);
                } else if (!toUnstage.isEmpty()) {
                    model.unstage(toUnstage);
                }
            }
        });
        MenuItem stageItem = new MenuItem("Stage");
        stageItem.setOnAction(e -> model.stage(selected(false)));
        MenuItem unstageItem = new MenuItem("Unstage");
        unstageItem.setOnAction(e -> model.unstage(selected(true)));
        list.setContextMenu(new ContextMenu(stageItem, unstageItem));
        VBox.setVgrow(list, Priority.ALWAYS);

        getChildren().addAll(toolbar, list, blockersBox(), commitBox());
    }

    /** Selected entries of staged groups ({@code staged}) or of the other groups. */
    private List<FileChange> selected(boolean staged) {
        return list.getSelectionModel().getSelectedItems().stream()
                .filter(r -> r instanceof ChangeRow.Entry e && e.group().isStaged() == staged)
                .map(r -> ((ChangeRow.Entry) r).change())
                .toList();
    }

    private VBox blockersBox() {
        Label title = new Label();
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(Bindings.createStringBinding(() -> "Commit blocked: " + model.blockers().size()
                + " staged contract(s) have errors. Fix them, or commit anyway.", model.blockers()));
        VBox problems = new VBox(2);
        problems.setId("gitBlockersList");
        model.blockers().addListener((ListChangeListener<CommitBlocker>) c -> problems.getChildren().setAll(
                model.blockers().stream().map(ChangesPane::problemLabel).toList()));
        ScrollPane scroll = new ScrollPane(problems);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(120);
        scroll.getStyleClass().add("edge-to-edge");
        Button anyway = new Button("Commit anyway");
        anyway.setId("gitCommitAnywayButton");
        anyway.getStyleClass().addAll(Styles.DANGER, Styles.SMALL);
        anyway.setOnAction(e -> model.commitAnyway());
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setOnAction(e -> model.dismissBlockers());
        HBox actions = new HBox(6, anyway, cancel);
        VBox box = new VBox(6, title, scroll, actions);
        box.setId("gitBlockersPane");
        box.getStyleClass().add("git-blockers");
        box.visibleProperty().bind(Bindings.isNotEmpty(model.blockers()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Label problemLabel(CommitBlocker blocker) {
        Label label = new Label(blocker.summary());
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private VBox commitBox() {
        TextArea message = new TextArea();
        message.setId("gitCommitMessage");
        message.setPromptText("Commit message (Ctrl+Enter to commit)");
        message.setPrefRowCount(3);
        message.setWrapText(true);
        message.textProperty().bindBidirectional(model.commitMessageProperty());
        message.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (COMMIT_KEY.match(e)) {
                e.consume();
                if (model.canCommitProperty().get()) {
                    model.commit();
                }
            }
        });
        Button commit = new Button("Commit");
        commit.setId("gitCommitButton");
        commit.getStyleClass().add(Styles.ACCENT);
        commit.setDefaultButton(false);
        commit.disableProperty().bind(model.canCommitProperty().not());
        commit.setOnAction(e -> model.commit());
        commit.setMaxWidth(Double.MAX_VALUE);
        return new VBox(6, message, commit);
    }

    private static final class ChangeCell extends ListCell<ChangeRow> {
        @Override
        protected void updateItem(ChangeRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            getStyleClass().remove("git-header-cell");
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            switch (row) {
                case ChangeRow.Header h -> {
                    Label label = new Label(h.group().title().toUpperCase(Locale.ROOT) + "  " + h.count());
                    label.getStyleClass().add("git-section-header");
                    getStyleClass().add("git-header-cell");
                    setGraphic(label);
                }
                case ChangeRow.Entry e -> setGraphic(entry(e));
            }
        }

        private static HBox entry(ChangeRow.Entry row) {
            FileChange change = row.change();
            Label badge = new Label(row.letter());
            badge.getStyleClass().addAll("git-badge", "git-badge-" + change.kind().name().toLowerCase(Locale.ROOT));
            String path = change.path();
            int slash = path.lastIndexOf('/');
            Label name = new Label(slash < 0 ? path : path.substring(slash + 1));
            Label folder = new Label(slash < 0 ? "" : path.substring(0, slash));
            folder.getStyleClass().add("git-muted");
            HBox box = new HBox(6, badge, name, folder);
            change.renamedFrom().ifPresent(from -> {
                Label was = new Label("(from " + from + ")");
                was.getStyleClass().add("git-muted");
                box.getChildren().add(was);
            });
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        }
    }
}
