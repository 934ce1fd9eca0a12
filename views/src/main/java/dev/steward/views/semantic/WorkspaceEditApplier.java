package dev.steward.views.semantic;

import dev.steward.model.text.TextEdit;
import dev.steward.model.workspace.AtomicFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a workspace edit: to open documents through their editors (one undoable change each),
 * to other files on disk. All disk texts are read and edited before anything is written, and each
 * file is written atomically, so a failure to read leaves every file as it was. Usable without the toolkit.
 */
public final class WorkspaceEditApplier {
    private final Function<Path, Optional<Consumer<List<TextEdit>>>> openDocuments;

    /** {@code openDocuments} gives the edit sink of the editor a path is open in, if any. */
    public WorkspaceEditApplier(Function<Path, Optional<Consumer<List<TextEdit>>>> openDocuments) {
        this.openDocuments = openDocuments;
    }

    /** What was changed: open documents edited and files written (with their new text). */
    public record Applied(List<Path> editedInEditors, Map<Path, String> written) {
        public Applied {
            editedInEditors = List.copyOf(editedInEditors);
            written = Map.copyOf(written);
        }
    }

    /**
     * Applies {@code edits}, computed on {@code editedText} (the text each file had); the disk part
     * first (it can fail), then the editors.
     *
     * @throws IOException when a file cannot be read or written; files already written stay written
     */
    public Applied apply(Map<Path, List<TextEdit>> edits, Function<Path, Optional<String>> editedText) throws IOException {
        Map<Path, Consumer<List<TextEdit>>> editors = new LinkedHashMap<>();
        Map<Path, String> disk = new LinkedHashMap<>();
        for (Map.Entry<Path, List<TextEdit>> e : edits.entrySet()) {
            Optional<Consumer<List<TextEdit>>> editor = openDocuments.apply(e.getKey());
            if (editor.isPresent()) {
                editors.put(e.getKey(), editor.get());
            } else {
                String text = Files.readString(e.getKey(), StandardCharsets.UTF_8);
                if (!editedText.apply(e.getKey()).map(text::equals).orElse(false)) {
                    throw new IOException(e.getKey().getFileName() + " changed on disk since the workspace was read; "
                            + "nothing was renamed. Try again.");
                }
                disk.put(e.getKey(), TextEdit.applyAll(text, e.getValue()));
            }
        }
        for (Map.Entry<Path, String> e : disk.entrySet()) {
            AtomicFileWriter.writeString(e.getKey(), e.getValue());
        }
        editors.forEach((path, sink) -> sink.accept(edits.get(path)));
        return new Applied(List.copyOf(editors.keySet()), disk);
    }
}
