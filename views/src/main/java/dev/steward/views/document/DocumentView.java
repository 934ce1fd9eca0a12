package dev.steward.views.document;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.completion.CompletionProvider;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.text.TextEdit;
import dev.steward.model.validation.FileReport;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.views.editor.LiveValidation;
import dev.steward.views.editor.YamlCodeEditor;
import dev.steward.views.task.TaskRunner;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.reactfx.EventStreams;
import org.reactfx.Subscription;

/**
 * One open file: the YAML editor with live validation, and for contracts a form view beside it
 * (YAML | Split | Form). Notices (changed on disk, restored from the journal) appear above.
 */
public final class DocumentView extends BorderPane {

    /** How the app plugs a form in; the form emits edits through the sink it was made with. */
    public interface FormPane {
        Node node();

        /** The whole text, parsed by the form itself (once, when it is first shown). */
        void setText(String text);

        /** A document already parsed off the FX thread by live validation, matching the editor's text. */
        void setDocument(YamlDocument document);
    }

    /** What a document view needs from the studio. */
    public record Services(TaskRunner tasks,
                           Executor validationExecutor,
                           Function<String, FileReport> lint,
                           Consumer<FileReport> onReport,
                           CompletionProvider completion,
                           Function<Consumer<List<TextEdit>>, Optional<FormPane>> formFactory,
                           Runnable onMigrate) {
    }

    private enum Mode { YAML, SPLIT, FORM }

    private final DocumentViewModel model;
    private final YamlCodeEditor editor;
    private final LiveValidation validation;
    private final SplitPane split = new SplitPane();
    private final Services services;
    private final Subscription journalSubscription;
    private Optional<FormPane> form;
    private boolean formCreated;

    public DocumentView(DocumentViewModel model, String text, Services services) {
        this.model = model;
        this.services = services;
        getStyleClass().add("document-view");
        editor = new YamlCodeEditor(services.tasks());
        editor.setId("yamlEditor");
        editor.replaceText(text);
        editor.markSaved();
        if (services.completion() != null) {
            editor.setCompletionProvider(services.completion());
        }
        AtomicReference<FileReport> latest = new AtomicReference<>();
        validation = new LiveValidation(editor, t -> {
            FileReport report = services.lint().apply(t);
            latest.set(report);
            return report.diagnostics();
        }, services.validationExecutor());
        validation.addAppliedListener((version, editNanos) -> {
            FileReport report = latest.get();
            if (report != null) {
                model.setDiagnostics(report.diagnostics());
                model.setKind(report.kind());
                services.onReport().accept(report);
                if (report.document().text().equals(editor.getText())) {
                    form.ifPresent(f -> f.setDocument(report.document()));
                }
            }
        });
        editor.textProperty().addListener((o, a, b) -> model.textChanged(b));
        journalSubscription = EventStreams.valuesOf(editor.textProperty())
                .successionEnds(Duration.ofMillis(600))
                .subscribe(model::journal);
        form = Optional.empty();

        split.getItems().add(editor);
        setCenter(split);
        setTop(new VBox(toolbar(), noticeBar()));
        validation.validateNow();
    }

    public YamlCodeEditor editor() {
        return editor;
    }

    public DocumentViewModel model() {
        return model;
    }

    public LiveValidation validation() {
        return validation;
    }

    /** Replaces the buffer with disk text (reload), which becomes the saved baseline. */
    public void resetText(String text) {
        editor.replaceText(text);
        editor.markSaved();
        model.textChanged(text);
    }

    /** Puts restored journal text in the buffer as an undoable, unsaved change. */
    public void restoreText(String text) {
        editor.applyEdits(List.of(TextEdit.replace(0, editor.getText().length(), text)));
        model.restoredFromJournal();
    }

    /** Saves the buffer as it is now; {@code onSaved} runs once it is on disk. */
    public void save(Consumer<String> onError, Runnable onSaved) {
        String text = editor.getText();
        model.save(text, () -> {
            editor.markSaved(text);
            model.textChanged(editor.getText());
            onSaved.run();
        }, onError);
    }

    public void dispose() {
        journalSubscription.unsubscribe();
        validation.close();
    }

    public List<Diagnostic> diagnostics() {
        return model.diagnosticsProperty().get();
    }

    private HBox toolbar() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton yaml = modeButton("YAML", Feather.CODE, group, Mode.YAML, Styles.LEFT_PILL);
        ToggleButton both = modeButton("Split", Feather.COLUMNS, group, Mode.SPLIT, Styles.CENTER_PILL);
        ToggleButton formButton = modeButton("Form", Feather.LAYOUT, group, Mode.FORM, Styles.RIGHT_PILL);
        yaml.setSelected(true);
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                show((Mode) b.getUserData());
            }
        });
        HBox modes = new HBox(yaml, both, formButton);
        modes.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        modes.visibleProperty().bind(model.kindProperty()
                .map(k -> k.filter(x -> x == ArtifactKind.ODCS || x == ArtifactKind.DATA_PRODUCT).isPresent()));
        modes.managedProperty().bind(modes.visibleProperty());

        Label path = new Label(model.path().toString());
        path.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        path.setMinWidth(0);
        path.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button migrate = new Button("Migrate to ODCS v3.1.0", new FontIcon(Feather.REFRESH_CW));
        migrate.setId("migrateButton");
        migrate.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        migrate.setOnAction(e -> services.onMigrate().run());
        migrate.visibleProperty().bind(model.kindProperty().map(k -> k.filter(x -> x == ArtifactKind.DCS).isPresent()));
        migrate.managedProperty().bind(migrate.visibleProperty());

        Label state = new Label();
        state.getStyleClass().add(Styles.TEXT_SMALL);
        state.textProperty().bind(validation.validatingProperty().map(v -> v ? "Validating…" : ""));

        HBox bar = new HBox(8, modes, path, spacer, state, migrate);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("document-toolbar");
        return bar;
    }

    private Node noticeBar() {
        Button reload = new Button("Reload from disk");
        reload.setId("reloadButton");
        reload.setOnAction(e -> model.reload(this::resetText, m -> { }));
        Button keep = new Button("Keep mine");
        keep.setId("keepMineButton");
        keep.setOnAction(e -> model.keepMine());
        HBox actions = new HBox(6, reload, keep);
        actions.visibleProperty().bind(model.changedOnDiskProperty());
        actions.managedProperty().bind(actions.visibleProperty());
        Message message = new Message(null, null);
        message.getStyleClass().add(Styles.WARNING);
        message.descriptionProperty().bind(model.noticeProperty());
        VBox box = new VBox(4, message, actions);
        box.setPadding(new Insets(4, 8, 4, 8));
        box.setId("documentNotice");
        box.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private ToggleButton modeButton(String text, Feather icon, ToggleGroup group, Mode mode, String pill) {
        ToggleButton b = new ToggleButton(text, new FontIcon(icon));
        b.setToggleGroup(group);
        b.setUserData(mode);
        b.getStyleClass().addAll(pill, Styles.SMALL);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setId("mode" + text);
        return b;
    }

    private void show(Mode mode) {
        if (mode != Mode.YAML && !formCreated) {
            formCreated = true;
            form = services.formFactory().apply(editor::applyEdits);
            form.ifPresent(f -> f.setText(editor.getText()));
        }
        split.getItems().clear();
        switch (mode) {
            case YAML -> split.getItems().add(editor);
            case SPLIT -> {
                split.getItems().add(editor);
                form.ifPresent(f -> split.getItems().add(f.node()));
                split.setDividerPositions(0.5);
            }
            case FORM -> form.ifPresentOrElse(f -> split.getItems().add(f.node()), () -> split.getItems().add(editor));
        }
    }
}
