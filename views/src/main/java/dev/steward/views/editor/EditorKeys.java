package dev.steward.views.editor;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * The editor's own keys, installed as event filters so they win over the area's defaults:
 * completion navigation while the list is open, Ctrl+Space, Ctrl+1, Ctrl+F / Ctrl+H / Ctrl+R,
 * F3 / Shift+F3, Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z, Tab / Shift+Tab and Enter with YAML indentation.
 */
final class EditorKeys {
    private static final KeyCombination COMPLETE = KeyCombination.keyCombination("Ctrl+Space");
    private static final KeyCombination QUICK_FIX = KeyCombination.keyCombination("Shortcut+1");
    private static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");
    private static final KeyCombination REPLACE_H = KeyCombination.keyCombination("Shortcut+H");
    private static final KeyCombination REPLACE_R = KeyCombination.keyCombination("Shortcut+R");
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO_Y = KeyCombination.keyCombination("Shortcut+Y");
    private static final KeyCombination REDO_SHIFT_Z = KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final KeyCombination FIND_NEXT = KeyCombination.keyCombination("F3");
    private static final KeyCombination FIND_PREVIOUS = KeyCombination.keyCombination("Shift+F3");
    private static final KeyCombination TAB = KeyCombination.keyCombination("Tab");
    private static final KeyCombination SHIFT_TAB = KeyCombination.keyCombination("Shift+Tab");
    private static final KeyCombination ENTER = KeyCombination.keyCombination("Enter");

    private final CodeArea area;
    private final CompletionPopup completion;
    private final QuickFixMenu quickFixes;
    private final FindReplaceBar findBar;

    EditorKeys(CodeArea area, CompletionPopup completion, QuickFixMenu quickFixes, FindReplaceBar findBar) {
        this.area = area;
        this.completion = completion;
        this.quickFixes = quickFixes;
        this.findBar = findBar;
    }

    /** Find keys work anywhere in {@code editor} (also in the find bar); editing keys only in the text. */
    void install(Node editor) {
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Runnable action = findActionFor(e);
            if (action != null) {
                action.run();
                e.consume();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!e.getCharacter().isEmpty() && !Character.isISOControl(e.getCharacter().charAt(0))
                    && !e.isShortcutDown()) {
                Platform.runLater(completion::afterTyping);
            }
        });
    }

    private void onKeyPressed(KeyEvent e) {
        if (completion.handleKey(e)) {
            e.consume();
            return;
        }
        Runnable action = actionFor(e);
        if (action != null) {
            action.run();
            e.consume();
        }
    }

    private Runnable findActionFor(KeyEvent e) {
        if (FIND.match(e)) {
            return () -> findBar.open(false);
        } else if (REPLACE_H.match(e) || REPLACE_R.match(e)) {
            return () -> findBar.open(true);
        } else if (FIND_NEXT.match(e) && findBar.hasQuery()) {
            return findBar::next;
        } else if (FIND_PREVIOUS.match(e) && findBar.hasQuery()) {
            return findBar::previous;
        }
        return null;
    }

    private Runnable actionFor(KeyEvent e) {
        if (COMPLETE.match(e)) {
            return () -> completion.request(false);
        } else if (QUICK_FIX.match(e)) {
            return quickFixes::showAtCaret;
        } else if (e.getCode() == KeyCode.ESCAPE && findBar.isVisible()) {
            return findBar::close;
        } else if (UNDO.match(e)) {
            return area::undo;
        } else if (REDO_Y.match(e) || REDO_SHIFT_Z.match(e)) {
            return area::redo;
        } else if (TAB.match(e)) {
            return this::indent;
        } else if (SHIFT_TAB.match(e)) {
            return this::outdent;
        } else if (ENTER.match(e)) {
            return this::newline;
        }
        return null;
    }

    private void newline() {
        int caret = area.getCaretPosition();
        String prefix = area.getText(caret - area.getCaretColumn(), caret);
        area.replaceSelection("\n" + Indentation.afterNewline(prefix));
        area.requestFollowCaret();
    }

    /** Tab: two spaces at the caret, or one indent step for every selected line. */
    private void indent() {
        var selection = area.getSelection();
        int first = area.offsetToPosition(selection.getStart(), Bias.Forward).getMajor();
        int last = area.offsetToPosition(selection.getEnd(), Bias.Forward).getMajor();
        if (first == last) {
            area.replaceSelection(Indentation.STEP);
            return;
        }
        var change = area.createMultiChange(last - first + 1);
        for (int p = last; p >= first; p--) {
            int start = area.getAbsolutePosition(p, 0);
            change.insertTextAbsolutely(start, Indentation.STEP);
        }
        area.getUndoManager().preventMerge();
        change.commit();
        area.getUndoManager().preventMerge();
    }

    /** Shift+Tab: removes up to one indent step from every line touched by the selection. */
    private void outdent() {
        var selection = area.getSelection();
        int first = area.offsetToPosition(selection.getStart(), Bias.Forward).getMajor();
        int last = area.offsetToPosition(selection.getEnd(), Bias.Forward).getMajor();
        var change = area.createMultiChange(last - first + 1);
        for (int p = last; p >= first; p--) {
            int width = Indentation.outdentWidth(area.getText(p));
            if (width > 0) {
                int start = area.getAbsolutePosition(p, 0);
                change.deleteTextAbsolutely(start, start + width);
            }
        }
        if (change.hasChanges()) {
            area.getUndoManager().preventMerge();
            change.commit();
            area.getUndoManager().preventMerge();
        }
    }
}
