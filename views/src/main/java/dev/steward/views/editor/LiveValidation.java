package dev.steward.views.editor;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.yaml.SourceRange;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reactfx.Subscription;

/**
 * Validates the editor's text as the user types. Each edit makes a new text version; when edits
 * pause for the debounce delay (ReactFX {@code successionEnds}), the text of the current version
 * is snapshotted on the FX thread and validated on the given executor. A result is shown only if
 * its version is still current; at most one validation runs at a time and only the latest
 * waiting snapshot is kept. Between results the editor moves the shown diagnostics along with
 * the edits, so underlines follow the text.
 * <p>
 * All methods must be called on the FX thread.
 */
public final class LiveValidation implements AutoCloseable {
    /**
     * Default debounce. Validating a 5,000-line contract costs about 8 ms, far less than the gap
     * between two keystrokes of a fast typist (about 100 ms), so a short pause is enough to skip
     * the work for bursts (auto-repeat, paste) while keeping keystroke-to-diagnostics within 50 ms.
     */
    public static final Duration DEFAULT_DELAY = Duration.ofMillis(20);

    /** Told each time the diagnostics of a version are shown in the editor. */
    @FunctionalInterface
    public interface AppliedListener {
        /**
         * @param version the text version the diagnostics were computed for
         * @param editNanoTime {@link System#nanoTime()} of the edit that made that version
         */
        void applied(long version, long editNanoTime);
    }

    /**
     * Times the debounce off the FX thread, so it ends after exactly the delay instead of at the
     * next animation pulse (an FX timer adds up to a frame, ~16 ms, to every keystroke).
     */
    private static final ScheduledExecutorService DEBOUNCE_TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "steward-validation-debounce");
        thread.setDaemon(true);
        return thread;
    });

    private record Snapshot(long version, long editNanoTime, String text) {
    }

    private final YamlCodeEditor editor;
    private final Function<String, List<Diagnostic>> validator;
    private final Executor executor;
    private final Subscription subscription;
    private final ReadOnlyBooleanWrapper validating = new ReadOnlyBooleanWrapper(this, "validating", false);
    private final ObservableList<Diagnostic> diagnostics = FXCollections.observableArrayList();
    private final ObservableList<Diagnostic> readOnlyDiagnostics = FXCollections.unmodifiableObservableList(diagnostics);
    private final List<AppliedListener> listeners = new CopyOnWriteArrayList<>();
    private final javafx.util.Subscription diagnosticsMirror;
    private long version;
    private long editNanoTime = System.nanoTime();
    private boolean running;
    private Snapshot waiting;
    private boolean closed;

    /**
     * Starts validating {@code editor}: its current text at once, then after every pause in editing.
     *
     * @param validator turns a text into its diagnostics; runs on {@code executor}, must be thread-safe
     * @param executor where validation runs (never the FX thread in the studio)
     * @param delay how long edits must pause before validating
     */
    public LiveValidation(YamlCodeEditor editor, Function<String, List<Diagnostic>> validator, Executor executor, Duration delay) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.subscription = editor.textChanges()
                .hook(changes -> onEdit())
                .successionEnds(delay, DEBOUNCE_TIMER, Platform::runLater)
                .subscribe(changes -> validateNow());
        this.diagnosticsMirror = editor.diagnosticsProperty().subscribe((List<Diagnostic> shown) -> diagnostics.setAll(shown));
        validateNow();
    }

    public LiveValidation(YamlCodeEditor editor, Function<String, List<Diagnostic>> validator, Executor executor) {
        this(editor, validator, executor, DEFAULT_DELAY);
    }

    private void onEdit() {
        version++;
        editNanoTime = System.nanoTime();
        validating.set(true);
    }

    /** Validates the current text now, without waiting for the debounce (e.g. after loading a file). */
    public void validateNow() {
        if (closed) {
            return;
        }
        var snapshot = new Snapshot(version, editNanoTime, editor.getText());
        validating.set(true);
        if (running) {
            waiting = snapshot;
        } else {
            submit(snapshot);
        }
    }

    private void submit(Snapshot snapshot) {
        running = true;
        try {
            executor.execute(() -> {
                List<Diagnostic> result;
                try {
                    result = List.copyOf(validator.apply(snapshot.text()));
                } catch (RuntimeException | StackOverflowError e) {
                    result = List.of(failure(e));
                }
                List<Diagnostic> diagnosticsOfSnapshot = result;
                Platform.runLater(() -> complete(snapshot, diagnosticsOfSnapshot));
            });
        } catch (RejectedExecutionException e) {
            running = false;
            validating.set(false);
        }
    }

    private void complete(Snapshot snapshot, List<Diagnostic> result) {
        running = false;
        if (closed) {
            return;
        }
        if (snapshot.version() == version) {
            editor.setDiagnostics(result);
            validating.set(false);
            listeners.forEach(l -> l.applied(snapshot.version(), snapshot.editNanoTime()));
        }
        Snapshot next = waiting;
        waiting = null;
        if (next != null && next.version() == version && snapshot.version() != version) {
            submit(next);
        }
    }

    private static Diagnostic failure(Throwable e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new Diagnostic(null, SourceRange.START, Severity.ERROR, "validator-failure",
                "The file could not be validated (" + reason + "). Keep editing; validation runs again on the next change.");
    }

    /** Current text version; it grows by one with every edit. */
    public long version() {
        return version;
    }

    /** True from an edit until the diagnostics of the current text are shown. */
    public ReadOnlyBooleanProperty validatingProperty() {
        return validating.getReadOnlyProperty();
    }

    public boolean isValidating() {
        return validating.get();
    }

    /** The diagnostics shown in the editor (moved with the text between results); read-only. */
    public ObservableList<Diagnostic> getDiagnostics() {
        return readOnlyDiagnostics;
    }

    public ReadOnlyObjectProperty<List<Diagnostic>> diagnosticsProperty() {
        return editor.diagnosticsProperty();
    }

    public void addAppliedListener(AppliedListener listener) {
        listeners.add(listener);
    }

    public void removeAppliedListener(AppliedListener listener) {
        listeners.remove(listener);
    }

    /** Stops validating; results still in flight are ignored. */
    @Override
    public void close() {
        closed = true;
        subscription.unsubscribe();
        diagnosticsMirror.unsubscribe();
        waiting = null;
        validating.set(false);
    }
}
