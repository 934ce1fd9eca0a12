package dev.steward.views.editor;

import dev.steward.model.text.TextEdit;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

/**
 * The find / replace bar above the editor. Enter or F3 goes to the next match, Shift+Enter or
 * Shift+F3 to the previous one, Esc closes the bar. The current match is selected in the text.
 * "Replace all" is one undoable change.
 */
final class FindReplaceBar extends VBox {
    private final CodeArea area;
    private final Consumer<List<TextEdit>> applyEdits;
    private final TextField findField = new TextField();
    private final TextField replaceField = new TextField();
    private final ToggleButton matchCase = new ToggleButton("Aa");
    private final Label count = new Label();
    private final HBox replaceRow;
    private final SearchHighlights highlights;
    private List<TextSearch.Match> matches = List.of();
    private int current = -1;

    FindReplaceBar(CodeArea area, Consumer<List<TextEdit>> applyEdits) {
        this.area = area;
        this.applyEdits = applyEdits;
        this.highlights = new SearchHighlights(area);
        getStyleClass().add("find-replace-bar");
        findField.setPromptText("Find");
        findField.setId("find-field");
        replaceField.setPromptText("Replace");
        replaceField.setId("replace-field");
        matchCase.setTooltip(new Tooltip("Match case"));
        matchCase.setId("match-case");
        count.getStyleClass().add("match-count");
        count.setId("match-count");
        HBox.setHgrow(findField, Priority.ALWAYS);
        HBox.setHgrow(replaceField, Priority.ALWAYS);
        var previous = button("↑", "Previous match (Shift+F3)", this::previous);
        var next = button("↓", "Next match (F3)", this::next);
        var close = button("✕", "Close (Esc)", this::close);
        var findRow = new HBox(6, findField, matchCase, count, previous, next, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        var replace = button("Replace", "Replace this match", this::replaceCurrent);
        var replaceAll = button("Replace all", "Replace every match", this::replaceAll);
        replace.setId("replace-one");
        replaceAll.setId("replace-all");
        replaceRow = new HBox(6, replaceField, replace, replaceAll);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(findRow, replaceRow);
        setSpacing(4);
        findField.textProperty().addListener((o, a, b) -> research(true));
        matchCase.selectedProperty().addListener((o, a, b) -> research(true));
        area.multiPlainChanges().subscribe(changes -> {
            if (isVisible()) {
                research(false);
            }
        });
        findField.setOnAction(e -> next());
        replaceField.setOnAction(e -> replaceCurrent());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        setVisible(false);
        setManaged(false);
    }

    private static Button button(String text, String tip, Runnable action) {
        var b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            close();
            e.consume();
        } else if (e.getCode() == KeyCode.F3 || (e.getCode() == KeyCode.ENTER && e.isShiftDown())) {
            if (e.isShiftDown()) {
                previous();
            } else {
                next();
            }
            e.consume();
        }
    }

    /** Opens the bar, with the replace row when {@code replace}; the selected text becomes the query. */
    void open(boolean replace) {
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            findField.setText(selected);
        }
        replaceRow.setVisible(replace);
        replaceRow.setManaged(replace);
        setVisible(true);
        setManaged(true);
        research(false);
        findField.requestFocus();
        findField.selectAll();
    }

    void close() {
        highlights.clear();
        setVisible(false);
        setManaged(false);
        area.requestFocus();
    }

    boolean hasQuery() {
        return isVisible() && !findField.getText().isEmpty();
    }

    void next() {
        if (matches.isEmpty()) {
            return;
        }
        select(TextSearch.nextIndex(matches, area.getSelection().getEnd()));
    }

    void previous() {
        if (matches.isEmpty()) {
            return;
        }
        select(TextSearch.previousIndex(matches, area.getSelection().getStart()));
    }

    void replaceCurrent() {
        if (current < 0 || current >= matches.size()) {
            next();
            return;
        }
        var m = matches.get(current);
        if (area.getSelection().getStart() != m.start() || area.getSelection().getEnd() != m.end()) {
            select(current);
            return;
        }
        applyEdits.accept(List.of(TextEdit.replace(m.start(), m.end(), replaceField.getText())));
        area.moveTo(m.start() + replaceField.getText().length());
        research(false);
        next();
    }

    void replaceAll() {
        if (matches.isEmpty()) {
            return;
        }
        String replacement = replaceField.getText();
        applyEdits.accept(matches.stream().map(m -> TextEdit.replace(m.start(), m.end(), replacement)).toList());
        research(false);
    }

    private void research(boolean selectFirst) {
        matches = TextSearch.findAll(area.getText(), findField.getText(), matchCase.isSelected());
        current = -1;
        var sel = area.getSelection();
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() == sel.getStart() && matches.get(i).end() == sel.getEnd()) {
                current = i;
            }
        }
        if (selectFirst && !matches.isEmpty()) {
            select(TextSearch.nextIndex(matches, area.getSelection().getStart()));
        } else {
            highlights.show(matches, current);
            updateCount();
        }
    }

    private void select(int index) {
        current = index;
        var m = matches.get(index);
        area.selectRange(m.start(), m.end());
        area.requestFollowCaret();
        highlights.show(matches, index);
        updateCount();
    }

    private void updateCount() {
        if (findField.getText().isEmpty()) {
            count.setText("");
        } else if (matches.isEmpty()) {
            count.setText("No results");
        } else {
            count.setText(current < 0 ? matches.size() + " found" : (current + 1) + " of " + matches.size());
        }
    }

    /** How many matches are marked besides the selected one. */
    int highlighted() {
        return highlights.count();
    }

    String countText() {
        return count.getText();
    }
}
