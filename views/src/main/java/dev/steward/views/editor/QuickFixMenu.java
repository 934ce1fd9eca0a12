package dev.steward.views.editor;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.text.TextEdit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.fxmisc.richtext.CodeArea;

/**
 * Offers the quick fixes of the diagnostics at a position: with Ctrl+1 at the caret, and at the
 * top of the editor's context menu. A chosen fix is applied as one undoable change.
 */
final class QuickFixMenu {
    private final CodeArea area;
    private final Supplier<DiagnosticLayout> layout;
    private final Consumer<List<TextEdit>> applyEdits;
    private final ContextMenu menu = new ContextMenu();

    QuickFixMenu(CodeArea area, Supplier<DiagnosticLayout> layout, Consumer<List<TextEdit>> applyEdits) {
        this.area = area;
        this.layout = layout;
        this.applyEdits = applyEdits;
        menu.getStyleClass().add("quick-fix-menu");
        area.setOnContextMenuRequested(e -> {
            int offset = area.hit(e.getX(), e.getY()).getInsertionIndex();
            menu.getItems().setAll(fixItems(offset, false));
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().addAll(editItems());
            menu.show(area, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /** Fixes of the diagnostics covering {@code offset}, or else of those starting on its line. */
    List<QuickFix> fixesAt(int offset) {
        int paragraph = new AreaParagraphs(area).paragraphOf(offset);
        var here = layout.get().at(paragraph, offset);
        if (here.isEmpty() && offset > 0) {
            here = layout.get().at(paragraph, offset - 1);
        }
        if (here.isEmpty()) {
            here = layout.get().onParagraph(paragraph);
        }
        var fixes = new LinkedHashSet<QuickFix>();
        for (Diagnostic d : here) {
            fixes.addAll(d.fixes());
        }
        return List.copyOf(fixes);
    }

    /** Ctrl+1: the fixes at the caret in a menu under it. */
    void showAtCaret() {
        menu.getItems().setAll(fixItems(area.getCaretPosition(), true));
        area.getCaretBounds().ifPresent(b -> menu.show(area, b.getMinX(), b.getMaxY() + 2));
    }

    boolean isShowing() {
        return menu.isShowing();
    }

    ContextMenu menu() {
        return menu;
    }

    private List<MenuItem> fixItems(int offset, boolean sayWhenNone) {
        var items = new ArrayList<MenuItem>();
        for (QuickFix fix : fixesAt(offset)) {
            var item = new MenuItem(fix.title());
            item.getStyleClass().add("quick-fix");
            item.setOnAction(e -> applyEdits.accept(fix.edits()));
            items.add(item);
        }
        if (items.isEmpty() && sayWhenNone) {
            var none = new MenuItem("No quick fixes here");
            none.setDisable(true);
            items.add(none);
        }
        return items;
    }

    private List<MenuItem> editItems() {
        var undo = item("Undo", area::undo);
        undo.setDisable(!area.isUndoAvailable());
        var redo = item("Redo", area::redo);
        redo.setDisable(!area.isRedoAvailable());
        boolean selection = area.getSelection().getLength() > 0;
        var cut = item("Cut", area::cut);
        cut.setDisable(!selection);
        var copy = item("Copy", area::copy);
        copy.setDisable(!selection);
        return List.of(undo, redo, new SeparatorMenuItem(), cut, copy, item("Paste", area::paste),
                new SeparatorMenuItem(), item("Select all", area::selectAll));
    }

    private static MenuItem item(String text, Runnable action) {
        var item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }
}
