package dev.steward.views.git;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Git area of the studio: the {@link GitPanel} once the workspace's repository is open, or an
 * invitation to initialise one when the workspace is not under Git.
 */
public final class GitWorkspacePane extends StackPane {

    public GitWorkspacePane(GitWorkspaceViewModel model) {
        setId("gitWorkspacePane");
        getStylesheets().add(Objects.requireNonNull(GitPanel.class.getResource("git-panel.css")).toExternalForm());
        getStyleClass().add("git-panel");

        Label title = new Label("This workspace is not under version control");
        title.getStyleClass().add(Styles.TITLE_4);
        Label detail = new Label();
        detail.setId("gitWorkspaceMessage");
        detail.setWrapText(true);
        detail.setMaxWidth(520);
        detail.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        detail.textProperty().bind(model.messageProperty());
        Button init = new Button("Initialise a Git repository here");
        init.setId("gitInitButton");
        init.getStyleClass().add(Styles.ACCENT);
        init.setOnAction(e -> model.initRepository());
        init.visibleProperty().bind(model.repositoryMissingProperty());
        title.visibleProperty().bind(model.repositoryMissingProperty());
        VBox placeholder = new VBox(12, title, detail, init);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.setPadding(new Insets(24));

        getChildren().setAll(placeholder);
        model.panelProperty().addListener((obs, was, now) ->
                getChildren().setAll(now == null ? placeholder : new GitPanel(now)));
    }
}
