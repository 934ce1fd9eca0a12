package dev.steward.views.editor;

import dev.steward.model.completion.CompletionProvider;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.text.TextEdit;
import dev.steward.views.task.SameThreadTaskRunner;
import dev.steward.views.task.TaskRunner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.reactfx.EventStream;

/**
 * The YAML code editor: a RichTextFX {@link CodeArea} with incremental syntax highlighting, line
 * numbers, a gutter marker per line with diagnostics, squiggly underlines and hover messages for
 * diagnostics, find/replace, completion, quick fixes, undo/redo and YAML-aware indentation.
 * <p>
 * Diagnostics given to {@link #setDiagnostics} refer to the current text; they then move with
 * every edit ({@link #diagnosticsProperty()} always matches the text) until new ones are set.
 * Validation is not done here: see {@link LiveValidation}.
 */
public final class YamlCodeEditor extends BorderPane {
    static final String STYLESHEET = Objects.requireNonNull(
            YamlCodeEditor.class.getResource("editor.css"), "editor.css").toExternalForm();

    private final CodeArea area = new CodeArea();
    private final ParagraphLocator paragraphs = new AreaParagraphs(area);
    private final ReadOnlyObjectWrapper<DiagnosticLayout> layout = new ReadOnlyObjectWrapper<>(DiagnosticLayout.EMPTY);
    private final ReadOnlyObjectWrapper<List<Diagnostic>> diagnostics = new ReadOnlyObjectWrapper<>(this, "diagnostics", List.of());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ParagraphStyler styler = new ParagraphStyler(area, layout::get);
    private final DiagnosticHover hover = new DiagnosticHover(STYLESHEET);
    private final CompletionPopup completion;
    private final QuickFixMenu quickFixes;
    private final FindReplaceBar findBar;
    private final SymbolHover symbolHover = new SymbolHover(STYLESHEET);
    private EditorNavigation navigation;
    private String savedText = "";
    private boolean dirtyCheckScheduled;

    /** An editor that asks its completion provider right on the FX thread: for tests and cheap providers. */
    public YamlCodeEditor() {
        this(new SameThreadTaskRunner());
    }

    /** An editor that asks its completion provider through {@code tasks} (the studio passes its {@code FxTaskRunner}). */
    public YamlCodeEditor(TaskRunner tasks) {
        getStyleClass().add("yaml-code-editor");
        getStylesheets().add(STYLESHEET);
        area.getStyleClass().add("yaml-code-area");
        area.setParagraphGraphicFactory(new DiagnosticGutter(area, layout.getReadOnlyProperty(), hover));
        hover.install(area, layout::get);
        completion = new CompletionPopup(area, tasks, STYLESHEET);
        quickFixes = new QuickFixMenu(area, layout::get, this::applyEdits);
        findBar = new FindReplaceBar(area, this::applyEdits);
        new EditorKeys(area, completion, quickFixes, findBar).install(this);
        symbolHover.install(area, tasks, () -> navigation, hover::isShowing);
        installNavigationKeys();
        area.multiPlainChanges().subscribe(this::onTextChanged);
        setTop(findBar);
        setCenter(new VirtualizedScrollPane<>(area));
    }

    private void onTextChanged(List<PlainTextChange> changes) {
        var shifted = DiagnosticShift.apply(diagnostics.get(), changes, paragraphs);
        if (shifted != diagnostics.get()) {
            layout.set(DiagnosticLayout.of(shifted, paragraphs));
            diagnostics.set(shifted);
        }
        styler.changed(changes);
        if (!dirtyCheckScheduled) {
            dirtyCheckScheduled = true;
            Platform.runLater(this::updateDirty);
        }
    }

    private void updateDirty() {
        dirtyCheckScheduled = false;
        dirty.set(area.getLength() != savedText.length() || !area.getText().equals(savedText));
    }

    // --- text -------------------------------------------------------------------------------

    /** The text; observers are told of every change. */
    public ObservableValue<String> textProperty() {
        return area.textProperty();
    }

    public String getText() {
        return area.getText();
    }

    /**
     * Loads {@code text} as a fresh document: no undo history, caret at the start, not dirty, no
     * diagnostics. Line breaks become {@code \n} (RichTextFX keeps no {@code \r}); a caller that
     * saves Windows files restores {@code \r\n} itself.
     */
    public void replaceText(String text) {
        layout.set(DiagnosticLayout.EMPTY);
        diagnostics.set(List.of());
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret();
        styler.restyleAll();
        markSaved();
    }

    /**
     * Applies non-overlapping {@code edits} (offsets into the current text) as one undoable change.
     * Text outside the edits is left as it was; the caret stays on the same text (moving to the end
     * of an edit that covered it).
     *
     * @throws IllegalArgumentException if edits overlap or reach past the end of the text
     */
    public void applyEdits(List<TextEdit> edits) {
        if (edits.isEmpty()) {
            return;
        }
        var descending = new ArrayList<>(edits);
        descending.sort(Comparator.comparingInt(TextEdit::offset).thenComparingInt(TextEdit::end).reversed());
        TextEdit following = null;
        for (TextEdit e : descending) {
            if (following == null && e.end() > area.getLength()) {
                throw new IllegalArgumentException("Edit at offset " + e.offset() + " (length " + e.length()
                        + ") reaches past the end of the text (length " + area.getLength() + ").");
            }
            if (following != null && e.end() > following.offset()) {
                throw new IllegalArgumentException("Edits overlap: the edit at offset " + e.offset() + " (length "
                        + e.length() + ") reaches into the edit at offset " + following.offset() + "; edits must not overlap.");
            }
            following = e;
        }
        int caret = area.getCaretPosition();
        for (TextEdit e : descending) {
            caret = TextShift.end(caret, e.offset(), e.length(), e.replacement().length());
        }
        var change = area.createMultiChange(descending.size());
        for (TextEdit e : descending) {
            change.replaceTextAbsolutely(e.offset(), e.end(), e.replacement());
        }
        area.getUndoManager().preventMerge();
        change.commit();
        area.getUndoManager().preventMerge();
        area.moveTo(Math.clamp(caret, 0, area.getLength()));
        area.requestFollowCaret();
        styler.flush();
    }

    public void undo() {
        area.undo();
    }

    public void redo() {
        area.redo();
    }

    // --- caret --------------------------------------------------------------------------------

    /** Moves the caret to 1-based {@code line} and {@code column} (clamped to the text), scrolls there and focuses the editor. */
    public void goTo(int line, int column) {
        int paragraph = Math.clamp(line - 1, 0, area.getParagraphs().size() - 1);
        int col = Math.clamp(column - 1, 0, area.getParagraphLength(paragraph));
        area.moveTo(paragraph, col);
        area.showParagraphAtCenter(paragraph);
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** 1-based line of the caret. */
    public int getCaretLine() {
        return area.getCurrentParagraph() + 1;
    }

    /** 1-based column of the caret. */
    public int getCaretColumn() {
        return area.getCaretColumn() + 1;
    }

    public ObservableValue<Integer> caretPositionProperty() {
        return area.caretPositionProperty();
    }

    // --- diagnostics --------------------------------------------------------------------------

    /** Shows {@code newDiagnostics}, whose offsets refer to the current text; restyles only lines whose underlines change. */
    public void setDiagnostics(List<Diagnostic> newDiagnostics) {
        styler.flush();
        var next = DiagnosticLayout.of(List.copyOf(newDiagnostics), paragraphs);
        var changed = next.paragraphsDifferingFrom(layout.get());
        layout.set(next);
        diagnostics.set(next.diagnostics());
        styler.restyle(changed);
    }

    /** The diagnostics shown, kept in step with the text. */
    public ReadOnlyObjectProperty<List<Diagnostic>> diagnosticsProperty() {
        return diagnostics.getReadOnlyProperty();
    }

    public List<Diagnostic> getDiagnostics() {
        return diagnostics.get();
    }

    public void setCompletionProvider(CompletionProvider provider) {
        completion.setProvider(provider);
    }

    // --- navigation ---------------------------------------------------------------------------

    /** Name navigation for this file: hover, F12 / Ctrl+click, Shift+F12 and F2; null for none. */
    public void setNavigation(EditorNavigation navigation) {
        this.navigation = navigation;
    }

    /** The caret's bounds on screen, to place popups at the caret. */
    public java.util.Optional<javafx.geometry.Bounds> caretBoundsOnScreen() {
        return area.getCaretBounds();
    }

    public int getCaretPosition() {
        return area.getCaretPosition();
    }

    /** F12: goes to the definition of the name at the caret (nothing without navigation). */
    public void goToDefinitionAtCaret() {
        if (navigation != null) {
            navigation.goToDefinition(area.getText(), area.getCaretPosition());
        }
    }

    /** Shift+F12: lists the usages of the name at the caret. */
    public void findUsagesAtCaret() {
        if (navigation != null) {
            navigation.findUsages(area.getText(), area.getCaretPosition());
        }
    }

    /** F2: renames the symbol at the caret. */
    public void renameAtCaret() {
        if (navigation != null) {
            navigation.rename(area.getText(), area.getCaretPosition());
        }
    }

    private void installNavigationKeys() {
        var definition = javafx.scene.input.KeyCombination.keyCombination("F12");
        var usages = javafx.scene.input.KeyCombination.keyCombination("Shift+F12");
        var rename = javafx.scene.input.KeyCombination.keyCombination("F2");
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (navigation == null || completion.isShowing()) {
                return;
            }
            if (definition.match(e)) {
                goToDefinitionAtCaret();
            } else if (usages.match(e)) {
                findUsagesAtCaret();
            } else if (rename.match(e)) {
                renameAtCaret();
            } else {
                return;
            }
            e.consume();
        });
        area.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            EditorNavigation nav = navigation;
            if (nav != null && e.isShortcutDown() && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                int offset = area.hit(e.getX(), e.getY()).getInsertionIndex();
                nav.goToDefinition(area.getText(), offset);
                e.consume();
            }
        });
    }

    // --- saving -------------------------------------------------------------------------------

    /** Takes the current text as the saved baseline: the editor is no longer dirty. */
    public void markSaved() {
        markSaved(area.getText());
    }

    /**
     * Takes {@code text} as the saved baseline, for saves that run in the background: edits made
     * after the snapshot was taken keep the editor dirty.
     */
    public void markSaved(String text) {
        savedText = text;
        updateDirty();
    }

    /** True while the text differs from the saved baseline. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    // --- find ---------------------------------------------------------------------------------

    public void showFind() {
        findBar.open(false);
    }

    public void showReplace() {
        findBar.open(true);
    }

    // --- package access for LiveValidation and tests ------------------------------------------

    EventStream<List<PlainTextChange>> textChanges() {
        return area.multiPlainChanges();
    }

    CodeArea area() {
        return area;
    }

    FindReplaceBar findBar() {
        return findBar;
    }

    CompletionPopup completion() {
        return completion;
    }

    QuickFixMenu quickFixes() {
        return quickFixes;
    }

    DiagnosticHover hover() {
        return hover;
    }

    SymbolHover symbolHover() {
        return symbolHover;
    }

    DiagnosticLayout diagnosticLayout() {
        return layout.get();
    }
}
