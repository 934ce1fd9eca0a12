package dev.steward.views.semantic;

import dev.steward.model.semantic.navigation.SemanticSymbolIndex;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The semantic symbols of the open workspace: the index read from disk, with the text of every open
 * editor laid over it at each request (only files whose text changed are re-scanned). Thread-safe:
 * editors report text on the FX thread, requests run in the background.
 */
public final class SemanticWorkspace {
    private final Map<Path, String> open = new ConcurrentHashMap<>();
    private SemanticSymbolIndex index;

    public SemanticWorkspace(SemanticSymbolIndex fromDisk) {
        this.index = fromDisk;
    }

    /** Takes a freshly read workspace (after opening a folder); open editors' text still wins. */
    public synchronized void replace(SemanticSymbolIndex fromDisk) {
        this.index = fromDisk;
    }

    /** The text of an open editor changed (cheap: the file is re-scanned at the next request). */
    public void textChanged(Path path, String text) {
        open.put(path, text);
    }

    /** An editor closed: its file counts with {@code diskText} from now on. */
    public synchronized void closed(Path path, String diskText) {
        open.remove(path);
        index = index.with(path, diskText);
    }

    /** A file not open in an editor was rewritten (a rename). */
    public synchronized void written(Path path, String text) {
        index = index.with(path, text);
    }

    /** The index with every open editor's current text. */
    public synchronized SemanticSymbolIndex current() {
        SemanticSymbolIndex next = index;
        for (Map.Entry<Path, String> e : open.entrySet()) {
            next = next.with(e.getKey(), e.getValue());
        }
        index = next;
        return next;
    }
}
