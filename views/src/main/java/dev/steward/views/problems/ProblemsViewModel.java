package dev.steward.views.problems;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The problems of the whole workspace, per file. Filtering by text and severity happens here so
 * the view only shows {@link #visibleRows()}. Works without a running toolkit (plain properties).
 */
public final class ProblemsViewModel {

    private static final Comparator<ProblemRow> ORDER = Comparator
            .comparing((ProblemRow r) -> r.diagnostic().severity())
            .thenComparing(ProblemRow::displayPath)
            .thenComparingInt(r -> r.diagnostic().range().startOffset());

    private final Map<Path, List<Diagnostic>> byFile = new LinkedHashMap<>();
    private final ObservableList<ProblemRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
    private final ReadOnlyIntegerWrapper infos = new ReadOnlyIntegerWrapper(this, "infos");
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final BooleanProperty showErrors = new SimpleBooleanProperty(this, "showErrors", true);
    private final BooleanProperty showWarnings = new SimpleBooleanProperty(this, "showWarnings", true);
    private final BooleanProperty showInfos = new SimpleBooleanProperty(this, "showInfos", true);
    private Path root;

    public ProblemsViewModel() {
        filter.addListener((o, a, b) -> rebuild());
        showErrors.addListener((o, a, b) -> rebuild());
        showWarnings.addListener((o, a, b) -> rebuild());
        showInfos.addListener((o, a, b) -> rebuild());
    }

    /** The workspace root, so rows show relative paths. */
    public void setRoot(Path root) {
        this.root = root == null ? null : root.toAbsolutePath().normalize();
        rebuild();
    }

    /** Replaces the problems of one file (an empty list clears it). */
    public void setDiagnostics(Path file, List<Diagnostic> diagnostics) {
        Path key = file.toAbsolutePath().normalize();
        if (diagnostics.isEmpty()) {
            if (byFile.remove(key) == null) {
                return;
            }
        } else {
            byFile.put(key, List.copyOf(diagnostics));
        }
        rebuild();
    }

    /** Replaces every file's problems at once (after a workspace-wide lint). */
    public void setAll(Map<Path, List<Diagnostic>> all) {
        byFile.clear();
        all.forEach((p, d) -> {
            if (!d.isEmpty()) {
                byFile.put(p.toAbsolutePath().normalize(), List.copyOf(d));
            }
        });
        rebuild();
    }

    public List<Diagnostic> diagnosticsOf(Path file) {
        return byFile.getOrDefault(file.toAbsolutePath().normalize(), List.of());
    }

    public ObservableList<ProblemRow> visibleRows() {
        return readOnlyRows;
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

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty showErrorsProperty() {
        return showErrors;
    }

    public BooleanProperty showWarningsProperty() {
        return showWarnings;
    }

    public BooleanProperty showInfosProperty() {
        return showInfos;
    }

    /**
     * The problem after the caret (F8): the next one in {@code file} after {@code offset}, else the
     * first problem of the next file with problems, wrapping around.
     */
    public Optional<ProblemRow> next(Path file, int offset) {
        List<ProblemRow> all = byPosition();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Path key = file == null ? null : file.toAbsolutePath().normalize();
        if (key != null) {
            for (ProblemRow r : all) {
                int cmp = comparePath(r.file(), key);
                if (cmp > 0 || (cmp == 0 && r.diagnostic().range().startOffset() > offset)) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.of(all.get(0)); // wrap around
    }

    private List<ProblemRow> byPosition() {
        List<ProblemRow> all = new ArrayList<>();
        byFile.forEach((p, ds) -> ds.forEach(d -> all.add(new ProblemRow(p, display(p), d))));
        all.sort(Comparator.comparing((ProblemRow r) -> r.file().toString())
                .thenComparingInt(r -> r.diagnostic().range().startOffset()));
        return all;
    }

    private static int comparePath(Path a, Path b) {
        return a.toString().compareTo(b.toString());
    }

    private String display(Path p) {
        if (root != null && p.startsWith(root)) {
            return root.relativize(p).toString().replace('\\', '/');
        }
        return p.toString();
    }

    private void rebuild() {
        String f = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
        List<ProblemRow> out = new ArrayList<>();
        int e = 0;
        int w = 0;
        int i = 0;
        for (Map.Entry<Path, List<Diagnostic>> entry : byFile.entrySet()) {
            String shown = display(entry.getKey());
            for (Diagnostic d : entry.getValue()) {
                switch (d.severity()) {
                    case ERROR -> e++;
                    case WARNING -> w++;
                    case INFO -> i++;
                }
                if (!severityShown(d.severity())) {
                    continue;
                }
                if (!f.isEmpty() && !(d.message().toLowerCase(Locale.ROOT).contains(f)
                        || d.rule().toLowerCase(Locale.ROOT).contains(f)
                        || shown.toLowerCase(Locale.ROOT).contains(f))) {
                    continue;
                }
                out.add(new ProblemRow(entry.getKey(), shown, d));
            }
        }
        out.sort(ORDER);
        rows.setAll(out);
        errors.set(e);
        warnings.set(w);
        infos.set(i);
    }

    private boolean severityShown(Severity s) {
        return switch (s) {
            case ERROR -> showErrors.get();
            case WARNING -> showWarnings.get();
            case INFO -> showInfos.get();
        };
    }
}
