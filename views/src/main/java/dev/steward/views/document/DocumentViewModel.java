package dev.steward.views.document;

import dev.steward.model.artifact.ArtifactDetector;
import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.workspace.AtomicFileWriter;
import dev.steward.model.workspace.DiskFingerprint;
import dev.steward.model.workspace.EditJournal;
import dev.steward.model.workspace.ExternalChangeDetector;
import dev.steward.views.task.TaskRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One open file: what it is, whether the buffer differs from what was last saved, whether the file
 * changed on disk behind our back, and the operations on it (save atomically, journal unsaved text,
 * reload). All file I/O runs through the {@link TaskRunner}; usable without the toolkit.
 */
public final class DocumentViewModel {

    private final Path path;
    private final TaskRunner tasks;
    private final EditJournal journal;
    private final ExternalChangeDetector changes = new ExternalChangeDetector();
    private final ReadOnlyObjectWrapper<Optional<ArtifactKind>> kind = new ReadOnlyObjectWrapper<>(this, "kind", Optional.empty());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyBooleanWrapper changedOnDisk = new ReadOnlyBooleanWrapper(this, "changedOnDisk", false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<List<Diagnostic>> diagnostics = new ReadOnlyObjectWrapper<>(this, "diagnostics", List.of());
    private String savedText;
    private DiskFingerprint fingerprint;
    private boolean crlf;

    /**
     * @param savedText   the text as it is on disk
     * @param fingerprint the disk state {@code savedText} was read from (null for a new file)
     * @param journal     where unsaved text is journaled; null to not journal
     */
    public DocumentViewModel(Path path, String savedText, DiskFingerprint fingerprint, TaskRunner tasks, EditJournal journal) {
        this.path = path.toAbsolutePath().normalize();
        // the editor works with '\n' only; a file written with CRLF is saved with CRLF again
        this.crlf = savedText.contains("\r\n");
        this.savedText = normalise(savedText);
        this.fingerprint = fingerprint;
        this.tasks = tasks;
        this.journal = journal;
        kind.set(ArtifactDetector.detect(savedText));
    }

    /** Reads {@code file} as UTF-8 with its fingerprint; for opening documents in the background. */
    public record Loaded(Path path, String text, DiskFingerprint fingerprint) {
        public static Loaded read(Path file) throws IOException {
            byte[] bytes = Files.readAllBytes(file);
            DiskFingerprint fp = DiskFingerprint.of(file);
            return new Loaded(file, new String(bytes, StandardCharsets.UTF_8), fp);
        }
    }

    public Path path() {
        return path;
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    public String savedText() {
        return savedText;
    }

    /** Called by the view on every text change: only what must follow each keystroke. */
    public void textChanged(String text) {
        dirty.set(!text.equals(savedText));
    }

    /** What the file is now, as the last validation recognised it (off the keystroke path). */
    public void setKind(Optional<ArtifactKind> recognised) {
        if (!recognised.equals(kind.get())) {
            kind.set(recognised);
        }
    }

    /** Called by the view after a pause in typing: journals the unsaved buffer so a crash loses nothing. */
    public void journal(String text) {
        if (journal == null) {
            return;
        }
        boolean unsaved = !text.equals(savedText);
        String base = fingerprint == null ? "" : fingerprint.encode();
        tasks.run(null, () -> {
            if (unsaved) {
                journal.record(path, text, base);
            } else {
                journal.discard(path);
            }
            return null;
        }, r -> { }, e -> notice.set("Could not journal unsaved changes: " + e.getMessage()));
    }

    /**
     * The user chose to throw the unsaved text away (closing without saving): its journal entry
     * goes at once, so the next start does not offer it back. Runs on the calling thread because
     * it is used while the studio is closing.
     */
    public void discardJournalNow() {
        if (journal == null) {
            return;
        }
        try {
            journal.discard(path);
        } catch (java.io.IOException e) {
            // a stale entry is only offered again; nothing is lost
        }
    }

    /** Saves {@code text} atomically; {@code onSaved} runs on the UI thread once it is on disk. */
    public void save(String text, Runnable onSaved, Consumer<String> onError) {
        String onDisk = crlf ? text.replace("\r\n", "\n").replace("\n", "\r\n") : text;
        tasks.run("Saving " + fileName(), () -> {
            AtomicFileWriter.writeString(path, onDisk);
            DiskFingerprint fp = DiskFingerprint.of(path);
            if (journal != null) {
                journal.discard(path);
            }
            return fp;
        }, fp -> {
            savedText = text;
            fingerprint = fp;
            changedOnDisk.set(false);
            notice.set("");
            onSaved.run();
        }, e -> onError.accept("Could not save " + fileName() + ": " + messageOf(e)));
    }

    /** Checks in the background whether the file changed on disk since it was read or saved. */
    public void checkDisk() {
        DiskFingerprint known = fingerprint;
        if (known == null) {
            return;
        }
        tasks.run(null, () -> changes.check(path, known), check -> {
            if (check.changed() && !changedOnDisk.get()) {
                changedOnDisk.set(true);
                notice.set(check.current() == null
                        ? fileName() + " was deleted on disk. Save to write it again, or close it."
                        : fileName() + " changed on disk. Reload it, or keep your version (saving will overwrite the file).");
            }
        }, e -> { });
    }

    /** Re-reads the file; {@code onText} gets the disk text, which becomes the saved baseline. */
    public void reload(Consumer<String> onText, Consumer<String> onError) {
        tasks.run("Reloading " + fileName(), () -> Loaded.read(path), loaded -> {
            crlf = loaded.text().contains("\r\n");
            savedText = normalise(loaded.text());
            fingerprint = loaded.fingerprint();
            changedOnDisk.set(false);
            notice.set("");
            onText.accept(savedText);
        }, e -> onError.accept("Could not reload " + fileName() + ": " + messageOf(e)));
    }

    /** The user keeps the buffer: the notice goes, and the disk state becomes the new baseline to compare with. */
    public void keepMine() {
        changedOnDisk.set(false);
        notice.set("");
        tasks.run(null, () -> Files.exists(path) ? DiskFingerprint.of(path) : null, fp -> fingerprint = fp, e -> { });
    }

    /** Shows that the buffer was restored from the crash journal. */
    public void restoredFromJournal() {
        notice.set("Restored unsaved changes from the last session. Save to keep them.");
    }

    public void setDiagnostics(List<Diagnostic> list) {
        diagnostics.set(List.copyOf(list));
    }

    public ReadOnlyObjectProperty<List<Diagnostic>> diagnosticsProperty() {
        return diagnostics.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<ArtifactKind>> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty changedOnDiskProperty() {
        return changedOnDisk.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n");
    }

    static String messageOf(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
