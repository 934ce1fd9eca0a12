package dev.steward.views.editor;

import dev.steward.model.completion.CompletionItem;
import dev.steward.model.completion.CompletionProvider;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import dev.steward.views.task.TaskRunner;
import org.fxmisc.richtext.CodeArea;

/**
 * The completion list under the caret. Suggestions come from a {@link CompletionProvider}, asked
 * through a {@link TaskRunner} (off the FX thread in the studio) on a snapshot of the text; an answer for a text or caret that changed in the
 * meantime is dropped. Up/Down move, Enter/Tab accept, Esc closes; all other keys go on to the
 * editor and refresh the list.
 */
final class CompletionPopup {
    private static final int VISIBLE_ROWS = 8;
    private static final double ROW_HEIGHT = 26;

    private final CodeArea area;
    private final TaskRunner tasks;
    private final Popup popup = new Popup();
    private final ListView<CompletionItem> list = new ListView<>();
    private CompletionProvider provider = (text, offset) -> List.of();
    private long textVersion;
    private long requested;

    CompletionPopup(CodeArea area, TaskRunner tasks, String stylesheet) {
        this.area = area;
        this.tasks = tasks;
        list.getStyleClass().add("completion-list");
        list.getStylesheets().add(stylesheet);
        list.setPrefWidth(440);
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(v -> new ItemCell());
        list.setFocusTraversable(false);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                accept();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        area.multiPlainChanges().subscribe(changes -> {
            textVersion++;
            if (popup.isShowing()) {
                Platform.runLater(() -> request(true));
            }
        });
        area.focusedProperty().subscribe(focused -> {
            if (!focused) {
                hide();
            }
        });
    }

    void setProvider(CompletionProvider provider) {
        this.provider = provider == null ? (text, offset) -> List.of() : provider;
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    Popup popup() {
        return popup;
    }

    List<CompletionItem> items() {
        return List.copyOf(list.getItems());
    }

    /** After a typed char: opens the list when the line before the caret looks like a key prefix or {@code key: }. */
    void afterTyping() {
        if (popup.isShowing()) {
            return;
        }
        int caret = area.getCaretPosition();
        int column = area.getCaretColumn();
        String prefix = area.getText(caret - column, caret);
        if (CompletionTrigger.opensOn(prefix)) {
            request(true);
        }
    }

    /** Asks the provider for suggestions at the caret; {@code auto} closes the list silently when there are none. */
    void request(boolean auto) {
        long version = textVersion;
        long id = ++requested;
        int caret = area.getCaretPosition();
        String text = area.getText();
        CompletionProvider source = provider;
        tasks.run(null, () -> source.complete(text, caret), items -> {
            if (id == requested && version == textVersion && caret == area.getCaretPosition()) {
                show(items, auto);
            }
        }, failure -> hide());
    }

    private void show(List<CompletionItem> items, boolean auto) {
        if (items.isEmpty()) {
            hide();
            return;
        }
        list.getItems().setAll(items);
        list.getSelectionModel().selectFirst();
        list.scrollTo(0);
        list.setPrefHeight(Math.min(items.size(), VISIBLE_ROWS) * ROW_HEIGHT + 2);
        if (!popup.isShowing()) {
            area.getCaretBounds().ifPresent(b -> popup.show(area, b.getMinX(), b.getMaxY() + 2));
        }
    }

    void hide() {
        popup.hide();
    }

    /** Handles a key pressed in the editor while the list is open; true when the key was used. */
    boolean handleKey(KeyEvent e) {
        if (!popup.isShowing()) {
            return false;
        }
        var selection = list.getSelectionModel();
        switch (e.getCode()) {
            case UP -> selection.selectPrevious();
            case DOWN -> selection.selectNext();
            case PAGE_UP -> selection.select(Math.max(0, selection.getSelectedIndex() - VISIBLE_ROWS));
            case PAGE_DOWN -> selection.select(Math.min(list.getItems().size() - 1, selection.getSelectedIndex() + VISIBLE_ROWS));
            case ENTER, TAB -> accept();
            case ESCAPE -> hide();
            case LEFT, RIGHT, HOME, END -> {
                hide();
                return false;
            }
            default -> {
                return false;
            }
        }
        list.scrollTo(Math.max(0, selection.getSelectedIndex() - 2));
        return true;
    }

    /** Replaces the partial word with the selected suggestion, as one undoable change. */
    void accept() {
        CompletionItem item = list.getSelectionModel().getSelectedItem();
        hide();
        if (item == null) {
            return;
        }
        int start = Math.clamp(item.replaceStart(), 0, area.getLength());
        int end = Math.clamp(item.replaceEnd(), start, area.getLength());
        area.getUndoManager().preventMerge();
        area.replaceText(start, end, item.insertText());
        area.getUndoManager().preventMerge();
        area.moveTo(start + item.insertText().length());
        area.requestFollowCaret();
        Platform.runLater(this::afterTyping);
    }

    /** A suggestion's label, with its detail on the right. */
    private static final class ItemCell extends ListCell<CompletionItem> {
        private final Label label = new Label();
        private final Label detail = new Label();
        private final HBox row;

        ItemCell() {
            label.getStyleClass().add("completion-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            detail.getStyleClass().add("completion-detail");
            detail.setMinWidth(0);
            detail.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            setPrefWidth(0); // long details are cut with an ellipsis, never scrolled sideways
            var spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            row = new HBox(8, label, spacer, detail);
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(CompletionItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            label.setText(item.label());
            detail.setText(item.detail() == null ? "" : item.detail());
            row.getStyleClass().setAll("completion-row", item.kind().name().toLowerCase(java.util.Locale.ROOT));
            setGraphic(row);
        }
    }
}
