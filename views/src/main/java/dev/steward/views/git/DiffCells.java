package dev.steward.views.git;

import dev.steward.model.git.DiffLine;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The pieces of a diff line, styled by {@code git-panel.css} under a {@code .diff-view}: line numbers,
 * code, one side of a side-by-side row, and the two halves of a row. Shared by the Git panel's diff
 * and the review view's text.
 */
public final class DiffCells {

    private DiffCells() {
    }

    /** Two sides, each half of the width. */
    public static GridPane split(Node left, Node right) {
        GridPane grid = new GridPane();
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(left, 0, 0);
        grid.add(right, 1, 0);
        return grid;
    }

    /** One side of a row: the line's number on that side and its text, coloured by kind; grey when absent. */
    public static HBox side(Optional<DiffLine> line, boolean old) {
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

    static Label number(int lineNo) {
        Label label = new Label(lineNo > 0 ? Integer.toString(lineNo) : "");
        label.getStyleClass().add("diff-line-no");
        label.setMaxHeight(Double.MAX_VALUE);
        return label;
    }

    static Label code(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("diff-code");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        label.setMinWidth(0);
        return label;
    }

    static String kindClass(DiffLine.Kind kind) {
        return switch (kind) {
            case ADD -> "diff-add";
            case DELETE -> "diff-delete";
            case CONTEXT -> "diff-context";
        };
    }
}
