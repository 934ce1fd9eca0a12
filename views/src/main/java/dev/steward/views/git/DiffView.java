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
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
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
            Label text = code(line.kind().prefix() + " " + line.text());
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox box = new HBox(number(line.oldLineNo()), number(line.newLineNo()), text);
            box.getStyleClass().add(kindClass(line.kind()));
            return box;
        }

        private Node split(Optional<DiffLine> left, Optional<DiffLine> right) {
            GridPane grid = new GridPane();
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            grid.getColumnConstraints().addAll(half, half);
            grid.add(side(left, true), 0, 0);
            grid.add(side(right, false), 1, 0);
            return grid;
        }

        private Node side(Optional<DiffLine> line, boolean old) {
            HBox box;
            if (line.isEmpty()) {
                box = new HBox(number(0), code(""));
                box.getStyleClass().add("diff-empty");
            } else {
                DiffLine l = line.get();
                Label text = code(l.text());
                HBox.setHgrow(text, Priority.ALWAYS);
                box = new HBox(number(old ? l.oldLineNo() : l.newLineNo()), text);
                box.getStyleClass().add(kindClass(l.kind()));
            }
            box.setMinWidth(0);
            return box;
        }

        private static Label number(int lineNo) {
            Label label = new Label(lineNo > 0 ? Integer.toString(lineNo) : "");
            label.getStyleClass().add("diff-line-no");
            label.setMaxHeight(Double.MAX_VALUE);
            return label;
        }

        private static Label code(String text) {
            Label label = new Label(text);
            label.getStyleClass().add("diff-code");
            label.setMaxWidth(Double.MAX_VALUE);
            label.setMaxHeight(Double.MAX_VALUE);
            label.setMinWidth(0);
            return label;
        }

        private static Label styled(Label label, String styleClass, boolean fill) {
            label.getStyleClass().add(styleClass);
            if (fill) {
                label.setMaxWidth(Double.MAX_VALUE);
                label.setMaxHeight(Double.MAX_VALUE);
            }
            return label;
        }

        private static String kindClass(DiffLine.Kind kind) {
            return switch (kind) {
                case ADD -> "diff-add";
                case DELETE -> "diff-delete";
                case CONTEXT -> "diff-context";
            };
        }
    }
}
