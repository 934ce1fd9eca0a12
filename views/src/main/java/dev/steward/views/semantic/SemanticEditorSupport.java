package dev.steward.views.semantic;

import dev.steward.model.semantic.navigation.SemanticCompletionProvider;
import dev.steward.model.semantic.navigation.SemanticNavigator;
import dev.steward.model.semantic.navigation.SemanticRename;
import dev.steward.model.semantic.navigation.SemanticSymbolIndex;
import dev.steward.model.semantic.navigation.SymbolKey;
import dev.steward.model.semantic.navigation.SymbolLocation;
import dev.steward.model.semantic.navigation.SymbolOccurrence;
import dev.steward.model.text.TextEdit;
import dev.steward.views.editor.EditorNavigation;
import dev.steward.views.editor.YamlCodeEditor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;

/**
 * Gives one semantic file's editor completion, hover, go to definition (F12, Ctrl+click), find
 * usages (Shift+F12) and rename (F2) over the {@link SemanticWorkspace}. Another file is opened
 * through the studio's {@link Opener}; a rename edits open documents through their editors and
 * other files atomically on disk, then {@code afterRename} re-lints.
 */
public final class SemanticEditorSupport implements EditorNavigation {
    static final String STYLESHEET = Objects.requireNonNull(
            SemanticEditorSupport.class.getResource("/dev/steward/views/editor/editor.css"), "editor.css").toExternalForm();

    /** Opens {@code path} (focusing its editor) with the caret at 1-based {@code line} and {@code column}. */
    @FunctionalInterface
    public interface Opener {
        void open(Path path, int line, int column);
    }

    /** Asks the user for the new name; empty when cancelled. */
    @FunctionalInterface
    public interface RenamePrompt {
        Optional<String> ask(SymbolKey symbol);
    }

    /** What the support needs from the studio. */
    public record Wiring(SemanticWorkspace workspace, Opener opener,
                         Function<Path, Optional<Consumer<List<TextEdit>>>> openDocuments,
                         RenamePrompt prompt, Consumer<String> onMessage, Runnable afterRename) {

        /** Wiring with the standard rename dialog and message alert. */
        public static Wiring standard(SemanticWorkspace workspace, Opener opener,
                                      Function<Path, Optional<Consumer<List<TextEdit>>>> openDocuments, Runnable afterRename) {
            return new Wiring(workspace, opener, openDocuments, SemanticEditorSupport::askName,
                    SemanticEditorSupport::showMessage, afterRename);
        }
    }

    private final Path path;
    private final YamlCodeEditor editor;
    private final Wiring wiring;
    private final UsagesPopup usages;

    private SemanticEditorSupport(Path path, YamlCodeEditor editor, Wiring wiring) {
        this.path = path;
        this.editor = editor;
        this.wiring = wiring;
        this.usages = new UsagesPopup(STYLESHEET, this::describe);
    }

    /** Attaches completion and navigation for {@code path} to {@code editor}, and keeps the workspace told of its text. */
    public static SemanticEditorSupport attach(Path path, YamlCodeEditor editor, Wiring wiring) {
        SemanticEditorSupport support = new SemanticEditorSupport(path, editor, wiring);
        editor.setCompletionProvider(new SemanticCompletionProvider(wiring.workspace()::current, path));
        editor.setNavigation(support);
        wiring.workspace().textChanged(path, editor.getText());
        editor.textProperty().addListener((o, a, b) -> wiring.workspace().textChanged(path, b));
        return support;
    }

    private SemanticSymbolIndex index(String text) {
        wiring.workspace().textChanged(path, text);
        return wiring.workspace().current();
    }

    @Override
    public Optional<String> hover(String text, int offset) {
        return SemanticNavigator.hoverAt(wiring.workspace().current().with(path, text), path, offset)
                .map(h -> h.title() + "\n" + String.join("\n", h.facts())
                        + h.description().map(d -> "\n" + d).orElse("") + "\n" + shortPath(h.definedAt()));
    }

    @Override
    public void goToDefinition(String text, int offset) {
        Optional<SymbolLocation> target = SemanticNavigator.definitionAt(index(text), path, offset);
        target.ifPresent(this::open);
    }

    @Override
    public void findUsages(String text, int offset) {
        SemanticSymbolIndex index = index(text);
        List<SymbolOccurrence> found = SemanticNavigator.usagesAt(index, path, offset);
        if (found.isEmpty()) {
            return;
        }
        SymbolKey key = found.getFirst().key();
        long references = found.stream().filter(o -> !o.definition()).count();
        String heading = key.describe() + ": " + references + (references == 1 ? " reference" : " references");
        javafx.geometry.Bounds at = editor.caretBoundsOnScreen().orElseGet(() -> editor.localToScreen(editor.getBoundsInLocal()));
        if (at != null) {
            usages.show(editor, at.getMinX(), at.getMaxY() + 2, heading, found, o -> open(o.location()));
        }
    }

    @Override
    public void rename(String text, int offset) {
        SemanticSymbolIndex index = index(text);
        Optional<SymbolKey> symbol = SemanticRename.renamableAt(index, path, offset);
        if (symbol.isEmpty()) {
            wiring.onMessage().accept("Put the cursor on the name of a measure, metric, dimension or entity to rename it.");
            return;
        }
        Optional<String> newName = wiring.prompt().ask(symbol.get());
        if (newName.isEmpty()) {
            return;
        }
        SemanticRename.Result result = SemanticRename.rename(index, symbol.get(), newName.get());
        if (!result.accepted()) {
            wiring.onMessage().accept(result.refusal().orElseThrow());
            return;
        }
        try {
            WorkspaceEditApplier.Applied applied = new WorkspaceEditApplier(wiring.openDocuments())
                    .apply(result.edits(), index::text);
            applied.written().forEach(wiring.workspace()::written);
            wiring.afterRename().run();
        } catch (IOException e) {
            wiring.onMessage().accept("Could not rename " + symbol.get().describe() + ": " + e.getMessage());
        }
    }

    private void open(SymbolLocation at) {
        wiring.opener().open(at.path(), at.range().startLine(), at.range().startColumn());
    }

    private String describe(SymbolOccurrence o) {
        String line = wiring.workspace().current().text(o.location().path())
                .map(t -> lineText(t, o.location().range().startOffset())).orElse("");
        return shortPath(o.location()) + (o.definition() ? "  (definition)" : "") + "   " + line;
    }

    private String shortPath(SymbolLocation at) {
        Path root = wiring.workspace().current().root();
        Path p = at.path().isAbsolute() && at.path().startsWith(root) ? root.relativize(at.path()) : at.path();
        return p + ":" + at.range().startLine();
    }

    private static String lineText(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int end = text.indexOf('\n', offset);
        return text.substring(start, end < 0 ? text.length() : end).strip();
    }

    UsagesPopup usagesPopup() {
        return usages;
    }

    private static Optional<String> askName(SymbolKey symbol) {
        TextInputDialog dialog = new TextInputDialog(symbol.name());
        dialog.setTitle("Rename");
        dialog.setHeaderText("Rename " + symbol.describe() + " everywhere it is used");
        dialog.setContentText("New name:");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private static void showMessage(String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
        alert.setHeaderText(null);
        alert.setTitle("Rename");
        alert.showAndWait();
    }
}
