package dev.steward.app.studio;

import dev.steward.model.completion.CompletionProvider;
import dev.steward.model.semantic.SemanticRecognizer;
import dev.steward.model.validation.FileReport;
import dev.steward.model.workspace.EditJournal;
import dev.steward.views.document.DocumentView;
import dev.steward.views.document.DocumentViewModel;
import dev.steward.views.semantic.SemanticEditorSupport;
import dev.steward.views.semantic.SemanticWorkspace;
import dev.steward.views.task.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The tabbed editor area: one {@link DocumentView} per open file, opened in the background,
 * saved atomically, closed with a prompt when unsaved.
 */
public final class DocumentTabs extends TabPane {

    /** What opening a document needs from the rest of the studio. */
    public record Wiring(TaskRunner tasks, Executor validationExecutor, WorkspaceSession session,
                         CompletionProvider completion,
                         Function<Path, Function<java.util.function.Consumer<List<dev.steward.model.text.TextEdit>>, Optional<DocumentView.FormPane>>> forms,
                         Consumer<Path> onMigrate, Consumer<String> onError,
                         Function<String, Boolean> confirmDiscard) {
    }

    private final Wiring wiring;
    private final SemanticWorkspace semantic = new SemanticWorkspace(
            dev.steward.model.semantic.navigation.SemanticSymbolIndex.of(Path.of(""), java.util.Map.of()));
    private final ReadOnlyObjectWrapper<DocumentView> active = new ReadOnlyObjectWrapper<>(this, "active");
    private EditJournal journal;
    private final List<Consumer<Path>> saveListeners = new java.util.ArrayList<>();
    private final List<Consumer<FileReport>> reportListeners = new java.util.ArrayList<>();

    public DocumentTabs(Wiring wiring) {
        this.wiring = wiring;
        setId("documentTabs");
        setTabClosingPolicy(TabClosingPolicy.ALL_TABS);
        getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                active.set(b == null ? null : (DocumentView) b.getContent()));
    }

    /** The task runner documents use, for actions on documents (migration, reload). */
    public TaskRunner wiringTasks() {
        return wiring.tasks();
    }

    /** The semantic symbols of the workspace, kept in step with the open semantic files. */
    public SemanticWorkspace semanticWorkspace() {
        return semantic;
    }

    /** Opens {@code path} with the caret at 1-based {@code line} and {@code column} (go to definition, usages). */
    public void openAt(Path path, int line, int column) {
        open(path, view -> view.editor().goTo(line, column));
    }

    public void setJournal(EditJournal journal) {
        this.journal = journal;
    }

    public ReadOnlyObjectProperty<DocumentView> activeProperty() {
        return active.getReadOnlyProperty();
    }

    public Optional<DocumentView> active() {
        return Optional.ofNullable(active.get());
    }

    public List<DocumentView> documents() {
        List<DocumentView> out = new ArrayList<>();
        getTabs().forEach(t -> out.add((DocumentView) t.getContent()));
        return out;
    }

    public Optional<DocumentView> find(Path path) {
        Path key = path.toAbsolutePath().normalize();
        return documents().stream().filter(d -> d.model().path().equals(key)).findFirst();
    }

    /** Opens (or focuses) {@code path}; {@code then} runs with its view once it is shown. */
    public void open(Path path, Consumer<DocumentView> then) {
        Optional<DocumentView> existing = find(path);
        if (existing.isPresent()) {
            select(existing.get());
            then.accept(existing.get());
            return;
        }
        wiring.tasks().run("Opening " + path.getFileName(), () -> DocumentViewModel.Loaded.read(path),
                loaded -> then.accept(show(loaded.path(), loaded.text(), loaded.fingerprint())),
                e -> wiring.onError().accept("Could not open " + path.getFileName() + ": " + e.getMessage()));
    }

    /** Shows a document whose text is already known (e.g. restored from the journal). */
    public DocumentView show(Path path, String diskText, dev.steward.model.workspace.DiskFingerprint fingerprint) {
        Optional<DocumentView> existing = find(path);
        if (existing.isPresent()) {
            select(existing.get());
            return existing.get();
        }
        Path key = path.toAbsolutePath().normalize();
        DocumentViewModel model = new DocumentViewModel(key, diskText, fingerprint, wiring.tasks(), journal);
        WorkspaceSession session = wiring.session();
        DocumentView view = new DocumentView(model, diskText, new DocumentView.Services(
                wiring.tasks(),
                wiring.validationExecutor(),
                text -> session.lintLive(key, text),
                report -> {
                    session.publish(report);
                    reportListeners.forEach(l -> l.accept(report));
                },
                wiring.completion(),
                wiring.forms().apply(key),
                () -> wiring.onMigrate().accept(key)));
        if (SemanticRecognizer.recognises(diskText)) {
            SemanticEditorSupport.attach(key, view.editor(), SemanticEditorSupport.Wiring.standard(semantic, this::openAt,
                    p -> find(p).map(d -> (Consumer<List<dev.steward.model.text.TextEdit>>) d.editor()::applyEdits),
                    () -> afterSave(key)));
        }
        Tab tab = new Tab();
        tab.setContent(view);
        tab.textProperty().bind(Bindings.when(model.dirtyProperty())
                .then("● " + model.fileName()).otherwise(model.fileName()));
        tab.setTooltip(new javafx.scene.control.Tooltip(key.toString()));
        tab.setOnCloseRequest(e -> {
            if (model.dirtyProperty().get() && !wiring.confirmDiscard().apply(model.fileName())) {
                e.consume();
            }
        });
        tab.setOnClosed(e -> {
            view.dispose();
            semantic.closed(key, model.savedText());
            if (journal != null) {
                model.journal(model.savedText()); // nothing unsaved any more: drop its journal entry
            }
        });
        getTabs().add(tab);
        select(view);
        return view;
    }

    public void select(DocumentView view) {
        getTabs().stream().filter(t -> t.getContent() == view).findFirst()
                .ifPresent(t -> getSelectionModel().select(t));
    }

    public void saveActive() {
        active().ifPresent(this::save);
    }

    public void saveAll() {
        documents().stream().filter(d -> d.model().dirtyProperty().get()).forEach(this::save);
    }

    /** Calls {@code listener} with every live validation result of an open document (its text as typed), on the FX thread. */
    public void onReport(Consumer<FileReport> listener) {
        reportListeners.add(listener);
    }

    /** Calls {@code listener} with the path of every document saved from now on. */
    public void onSaved(Consumer<Path> listener) {
        saveListeners.add(listener);
    }

    private void save(DocumentView document) {
        document.save(wiring.onError(), () -> afterSave(document.model().path()));
    }

    /** A saved contract may break (or fix) others: re-check the open ones and the rest of the workspace. */
    private void afterSave(Path saved) {
        saveListeners.forEach(l -> l.accept(saved));
        documents().forEach(d -> d.validation().validateNow());
        java.util.Set<Path> open = new java.util.HashSet<>();
        documents().forEach(d -> open.add(d.model().path()));
        WorkspaceSession session = wiring.session();
        wiring.tasks().run("Checking the workspace", () -> session.relintFromDisk(open),
                reports -> reports.forEach(session::publish), e -> { });
    }

    public boolean hasUnsaved() {
        return documents().stream().anyMatch(d -> d.model().dirtyProperty().get());
    }

    public void checkDisk() {
        documents().forEach(d -> d.model().checkDisk());
    }

    public void closeAll() {
        documents().forEach(DocumentView::dispose);
        getTabs().clear();
    }
}
