package dev.steward.views.editor;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the window around an editor shows about it: the file, whether it has unsaved changes,
 * and how many problems it has. No toolkit needed; feed it with {@link #bindTo(YamlCodeEditor)}
 * or the setters.
 */
public final class EditorViewModel {
    private final ReadOnlyObjectWrapper<Path> path = new ReadOnlyObjectWrapper<>(this, "path");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
    private final ReadOnlyIntegerWrapper infos = new ReadOnlyIntegerWrapper(this, "infos");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper problemSummary = new ReadOnlyStringWrapper(this, "problemSummary", "No problems");

    public EditorViewModel(Path path) {
        this.path.set(path);
        updateTitle();
    }

    /** Follows the editor's dirty flag and diagnostics. */
    public void bindTo(YamlCodeEditor editor) {
        editor.dirtyProperty().subscribe((Boolean value) -> setDirty(value));
        editor.diagnosticsProperty().subscribe((List<Diagnostic> shown) -> setDiagnostics(shown));
    }

    public void setPath(Path newPath) {
        path.set(newPath);
        updateTitle();
    }

    public void setDirty(boolean value) {
        dirty.set(value);
        updateTitle();
    }

    public void setDiagnostics(List<Diagnostic> diagnostics) {
        int[] counts = new int[Severity.values().length];
        for (Diagnostic d : diagnostics) {
            counts[d.severity().ordinal()]++;
        }
        errors.set(counts[Severity.ERROR.ordinal()]);
        warnings.set(counts[Severity.WARNING.ordinal()]);
        infos.set(counts[Severity.INFO.ordinal()]);
        problemSummary.set(summary(counts));
    }

    private static String summary(int[] counts) {
        var parts = new java.util.ArrayList<String>();
        for (Severity s : Severity.values()) {
            int n = counts[s.ordinal()];
            if (n > 0) {
                parts.add(n + " " + s.label() + (n == 1 ? "" : "s"));
            }
        }
        return parts.isEmpty() ? "No problems" : String.join(", ", parts);
    }

    private void updateTitle() {
        Path p = path.get();
        String name = p == null ? "Untitled" : p.getFileName() == null ? p.toString() : p.getFileName().toString();
        title.set(dirty.get() ? name + " \u2022" : name);
    }

    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty infosProperty() {
        return infos.getReadOnlyProperty();
    }

    /** File name, with a bullet while there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** For the status bar: {@code "2 errors, 1 warning"} or {@code "No problems"}. */
    public ReadOnlyStringProperty problemSummaryProperty() {
        return problemSummary.getReadOnlyProperty();
    }
}
