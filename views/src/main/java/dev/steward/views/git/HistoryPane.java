package dev.steward.views.git;

import atlantafx.base.theme.Styles;
import dev.steward.model.git.ChangedPath;
import dev.steward.model.git.CommitInfo;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The History tab: commits newest first, and the files the selected commit changed. */
final class HistoryPane extends VBox {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    HistoryPane(GitPanelViewModel model) {
        setSpacing(6);
        setPadding(new Insets(8));

        ListView<CommitInfo> commits = new ListView<>(model.history());
        commits.setId("gitHistoryList");
        commits.setPlaceholder(new Label("No commits yet."));
        commits.setCellFactory(v -> new CommitCell());

        ListView<ChangedPath> files = new ListView<>();
        files.setId("gitCommitFilesList");
        files.setPlaceholder(new Label("Select a commit to see the files it changed."));
        files.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ChangedPath item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.kind().letter() + "  " + item.path()
                        + item.oldPath().map(p -> "  (from " + p + ")").orElse(""));
            }
        });
        commits.getSelectionModel().selectedItemProperty().addListener((obs, was, now) ->
                files.getItems().setAll(now == null ? java.util.List.of() : now.changes()));
        files.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            CommitInfo commit = commits.getSelectionModel().getSelectedItem();
            if (now != null && commit != null) {
                model.showDiff(commit, now);
            }
        });

        Button more = new Button("Load older commits");
        more.setId("gitHistoryMoreButton");
        more.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        more.visibleProperty().bind(model.moreHistoryProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> model.loadMoreHistory());

        SplitPane split = new SplitPane(new VBox(4, commits, more), files);
        VBox.setVgrow(commits, Priority.ALWAYS);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.65);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().add(split);
    }

    private static final class CommitCell extends ListCell<CommitInfo> {
        {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CommitInfo item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label summary = new Label(item.summary());
            summary.getStyleClass().add("git-commit-summary");
            Label meta = new Label(item.shortId() + " · " + item.author().name() + " · " + WHEN.format(item.time())
                    + " · " + item.changes().size() + " file(s)");
            meta.getStyleClass().add("git-muted");
            VBox box = new VBox(2, summary, meta);
            HBox.setHgrow(box, Priority.ALWAYS);
            setGraphic(box);
        }
    }
}
