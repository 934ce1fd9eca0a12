package dev.steward.views.git;

import atlantafx.base.theme.Styles;
import dev.steward.model.git.DiffLine;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Shows a file diff, unified or side by side, with line numbers and added/removed lines
 * highlighted. Virtualised (a list of rows), so large diffs stay responsive.
 */
public final class DiffView extends BorderPane {

    private final ListView<DiffRow> rows = new ListView<>();

    public DiffView(DiffViewModel model) {
        BooleanProperty sideBySide = model.sideBySideProperty();
        setId("gitDiffView");
        getStyleClass().add("diff-view");

        Label titleLabel = new Label();
        titleLabel.textProperty().bind(Bindings.when(model.titleProperty().isEmpty())
                .then("Select a change to see its diff").otherwise(model.titleProperty()));
        titleLabel.getStyleClass().add(Styles.TEXT_BOLD);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ToggleGroup mode = new ToggleGroup();
        ToggleButton unified = new ToggleButton("Unified");
        unified.setId("gitDiffUnified");
        ToggleButton split = new ToggleButton("Side by side");
        unified.setMinWidth(Region.USE_PREF_SIZE);
        split.setMinWidth(Region.USE_PREF_SIZE);
        split.setId("gitDiffSideBySide");
        unified.setToggleGroup(mode);
        split.setToggleGroup(mode);
        unified.getStyleClass().addAll(Styles.LEFT_PILL, Styles.SMALL);
        split.getStyleClass().addAll(Styles.RIGHT_PILL, Styles.SMALL);
        (sideBySide.get() ? split : unified).setSelected(true);
        mode.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                sideBySide.set(now == split);
            }
        });
        sideBySide.addListener((obs, was, now) -> (now ? split : unified).setSelected(true));

        HBox toolbar = new HBox(8, titleLabel, spacer, new HBox(unified, split));
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(6, 8, 6, 8));
        setTop(toolbar);

        rows.setItems(model.rows());
        rows.setCellFactory(list -> new RowCell());
        rows.setFocusTraversable(false);
        rows.setPlaceholder(new Label(""));
        setCenter(rows);
    }

    private static final class RowCell extends ListCell<DiffRow> {
        @Override
        protected void updateItem(DiffRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            setGraphic(empty || row == null ? null : render(row));
        }

        {
            setPrefWidth(0);
        }

        private Node render(DiffRow row) {
            return switch (row) {
                case DiffRow.HunkHeader h -> styled(new Label(h.text()), "diff-hunk", true);
                case DiffRow.Note n -> styled(new Label(n.text()), "diff-note", false);
                case DiffRow.Unified u -> unified(u.line());
                case DiffRow.Split s -> split(s.row().left(), s.row().right());
            };
        }

        private Node unified(DiffLine line) {
            Label text = DiffCells.code(line.kind().prefix() + " " + line.text());
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox box = new HBox(DiffCells.number(line.oldLineNo()), DiffCells.number(line.newLineNo()), text);
            box.getStyleClass().add(DiffCells.kindClass(line.kind()));
            return box;
        }

        private Node split(Optional<DiffLine> left, Optional<DiffLine> right) {
            return DiffCells.split(DiffCells.side(left, true), DiffCells.side(right, false));
        }

        private static Label styled(Label label, String styleClass, boolean fill) {
            label.getStyleClass().add(styleClass);
            if (fill) {
                label.setMaxWidth(Double.MAX_VALUE);
                label.setMaxHeight(Double.MAX_VALUE);
            }
            return label;
        }
    }
}
