package dev.steward.views.editor;

import java.util.Optional;

/**
 * What the editor asks when the user navigates by name: hover text for a position (called off the
 * FX thread with a snapshot of the text), and the F12 / Ctrl+click, Shift+F12 and F2 actions
 * (called on the FX thread with the text and caret offset).
 */
public interface EditorNavigation {

    /** A hover for {@code offset} of {@code text}: the first line is its title; empty for none. Any thread. */
    Optional<String> hover(String text, int offset);

    /** Go to the definition of the name at {@code offset} (F12, Ctrl+click). */
    void goToDefinition(String text, int offset);

    /** List the usages of the name at {@code offset} (Shift+F12). */
    void findUsages(String text, int offset);

    /** Rename the symbol at {@code offset} (F2). */
    void rename(String text, int offset);
}
