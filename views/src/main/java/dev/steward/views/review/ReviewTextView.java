package dev.steward.views.review;

import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.git.DiffLine;
import dev.steward.views.git.DiffCells;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The base and head text of the selected artifact side by side, read-only. Both sides are one
 * virtualised list of aligned rows, so they always scroll together. A line where a change starts has
 * a marker in its margin, coloured by the most severe change there, with the messages as tooltip.
 * Uses the Git panel's diff styles ({@code git-panel.css}).
 */
final class ReviewTextView extends ListView<ReviewLine> {

    ReviewTextView(ReviewViewModel model) {
        setId("reviewText");
        getStyleClass().addAll("review-text", "diff-view");
        setItems(model.selection().lines());
        setCellFactory(l -> new LineCell());
        setFocusTraversable(false);
        setPlaceholder(new Label("Select a changed artifact to see its text"));
        model.selection().scrollRowProperty().addListener((o, a, row) -> {
            int r = row.intValue();
            if (r >= 0) {
                scrollTo(Math.max(0, r - 4));
                getSelectionModel().select(r);
            }
        });
    }

    private static final class LineCell extends ListCell<ReviewLine> {
        {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ReviewLine row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            GridPane grid = DiffCells.split(side(row.left(), row.leftMark(), row, true),
                    side(row.right(), row.rightMark(), row, false));
            setGraphic(grid);
        }

        private static Node side(Optional<DiffLine> line, Optional<ChangeSeverity> mark, ReviewLine row, boolean base) {
            Region marker = new Region();
            marker.getStyleClass().add("change-marker");
            marker.setMinWidth(Region.USE_PREF_SIZE);
            marker.setMaxHeight(Double.MAX_VALUE);
            SeverityBadges.mark(marker, mark);
            HBox box = DiffCells.side(line, base);
            box.getChildren().addFirst(marker);
            if (mark.isPresent()) {
                // the whole marked line answers the hover, not only the thin marker
                Tooltip tip = new Tooltip(String.join("\n", row.notes()));
                tip.setShowDelay(Duration.millis(200));
                Tooltip.install(box, tip);
            }
            return box;
        }
    }
}
