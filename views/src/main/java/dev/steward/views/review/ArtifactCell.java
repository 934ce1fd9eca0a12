package dev.steward.views.review;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.ChangeSeverity;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A changed artifact in the list: kind icon, path and title, and a badge per severity that occurs. */
final class ArtifactCell extends ListCell<ArtifactDiff> {

    @Override
    protected void updateItem(ArtifactDiff item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        FontIcon icon = new FontIcon(icon(item.kind()));
        icon.getStyleClass().add("review-kind-icon");
        Label path = new Label(item.path());
        path.getStyleClass().add("review-artifact-path");
        Label title = new Label(item.oldPath().map(o -> "renamed from " + o + " · ").orElse("")
                + (item.base().isEmpty() ? "added · " : item.head().isEmpty() ? "deleted · " : "") + item.title());
        title.getStyleClass().add("review-muted");
        VBox text = new VBox(1, path, title);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox badges = new HBox(3);
        badges.setAlignment(Pos.CENTER_RIGHT);
        for (ChangeSeverity severity : ChangeSeverity.values()) {
            long n = item.count(severity);
            if (n > 0) {
                badges.getChildren().add(SeverityBadges.badge(severity, Long.toString(n)));
            }
        }
        if (item.changes().isEmpty()) {
            Label none = new Label("no change in meaning");
            none.getStyleClass().add("review-muted");
            badges.getChildren().add(none);
        }
        HBox row = new HBox(8, icon, text, new Region(), badges);
        row.setAlignment(Pos.CENTER_LEFT);
        setGraphic(row);
        setPrefWidth(0);
    }

    static Feather icon(ArtifactKind kind) {
        return switch (kind) {
            case ODCS, DCS -> Feather.FILE_TEXT;
            case SEMANTIC -> Feather.BAR_CHART_2;
            case DATA_PRODUCT -> Feather.PACKAGE;
        };
    }
}
