package dev.steward.app.studio;

import dev.steward.model.semantic.navigation.SemanticWorkspaceFiles;
import dev.steward.model.git.CommitGate;
import dev.steward.model.git.GitRepository;
import dev.steward.model.git.Identity;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.workspace.EditJournal;
import dev.steward.model.workspace.JournalEntry;
import dev.steward.model.workspace.RecentWorkspaces;
import dev.steward.views.document.DocumentView;
import dev.steward.views.git.GitDialogs;
import dev.steward.views.git.GitPanelViewModel;
import dev.steward.views.git.GitWorkspacePane;
import dev.steward.views.git.GitWorkspaceViewModel;
import dev.steward.views.palette.CommandPalette;
import dev.steward.views.problems.ProblemRow;
import dev.steward.views.problems.ProblemsView;
import dev.steward.views.problems.ProblemsViewModel;
import dev.steward.views.status.StatusBarView;
import dev.steward.views.status.StatusBarViewModel;
import dev.steward.views.theme.Theme;
import dev.steward.views.workspace.WorkspaceTreeView;
import dev.steward.views.workspace.WorkspaceTreeViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The studio window: workspace tree, document tabs, problems, Git panel and status bar, wired to
 * one {@link WorkspaceSession}. Menus and shortcuts live in {@link StudioActions}.
 */
public final class MainWindow {

    private final Stage stage;
    private final StudioServices services;
    private final StudioDialogs dialogs;
    private final WorkspaceTreeViewModel treeModel = new WorkspaceTreeViewModel();
    private final ProblemsViewModel problemsModel = new ProblemsViewModel();
    private final StatusBarViewModel statusModel = new StatusBarViewModel();
    private final WorkspaceSession session;
    private final DocumentTabs documents;
    private final StackPane gitArea = new StackPane(new Label("No workspace"));
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    private final RecentWorkspaces recent;
    private final CommandPalette palette;
    private Theme theme;
    private GitPanelViewModel git;
    private GitWorkspaceViewModel gitWorkspace;
    private Runnable caretListener;
    private final Timeline diskWatch;
    private final javafx.beans.value.ChangeListener<Boolean> focusListener;
    private SplitPane mainSplit;
    private final SplitPane editorAndProblems;
    private final MetricPreviewPanel metricPreview;
    private final LineagePanel lineage;
    private final DomainMapPanel domainMap;
    private final StudioCompletion completion;
    private final ReviewPanel review;
    private boolean gitHiddenForPreview;
    private double gitDivider = 0.72;
    private double treeWidth;

    public MainWindow(Stage stage, StudioServices services) {
        this.stage = stage;
        this.services = services;
        this.theme = Theme.parse(services.preferences().get("theme").orElse("light"));
        this.dialogs = new StudioDialogs(() -> stage, () -> theme);
        this.session = new WorkspaceSession(services.linter(), treeModel, problemsModel);
        this.recent = new RecentWorkspaces(services.settingsDir());
        this.completion = new StudioCompletion(services.tasks());
        this.documents = new DocumentTabs(new DocumentTabs.Wiring(services.tasks(), services.validationExecutor(), session,
                completion, path -> ProductForms.factory(path, completion::names), this::migrate,
                m -> dialogs.error("Steward", m), dialogs::confirmDiscard));
        StudioActions actions = new StudioActions(this);
        this.palette = new CommandPalette(actions::paletteCommands);

        WorkspaceTreeView tree = new WorkspaceTreeView(treeModel, e -> openFile(e.path(), d -> { }));
        ProblemsView problems = new ProblemsView(problemsModel, this::openProblem);
        this.metricPreview = new MetricPreviewPanel(services.tasks());
        documents.onSaved(metricPreview::saved);
        this.lineage = new LineagePanel(services.tasks(), documents::openAt);
        documents.onSaved(lineage::saved);
        documents.onSaved(session::saved);
        this.domainMap = new DomainMapPanel(services.tasks(), (file, line) -> documents.openAt(file, line, 1));
        documents.onSaved(domainMap::saved);
        documents.onReport(domainMap::edited);
        documents.onSaved(completion::saved);
        this.review = new ReviewPanel(services.tasks(), () -> stage, () -> theme, this::rememberedIdentity,
                this::rememberIdentity, () -> git().ifPresent(GitPanelViewModel::refresh), m -> dialogs.error("Review", m));
        SplitPane editorAndProblems = new SplitPane(withPlaceholder(documents), problems);
        this.editorAndProblems = editorAndProblems;
        editorAndProblems.setOrientation(Orientation.VERTICAL);
        editorAndProblems.setDividerPositions(0.74);
        tree.setMinWidth(200);
        tree.setPrefWidth(260);
        SplitPane main = new SplitPane(tree, editorAndProblems, gitArea);
        main.setDividerPositions(0.19, 0.72);
        this.mainSplit = main;
        SplitPane.setResizableWithParent(tree, false);
        SplitPane.setResizableWithParent(gitArea, false);

        root.setTop(new VBox(actions.menuBar()));
        root.setCenter(main);
        root.setBottom(new StatusBarView(statusModel, services.tasks()));
        root.setId("mainWindow");

        scene = new Scene(root, 1440, 900);
        actions.installShortcuts(scene);
        theme.apply(scene);
        stage.setScene(scene);
        stage.setTitle("Steward");
        stage.setOnCloseRequest(e -> {
            if (!confirmExit()) {
                e.consume();
            }
        });

        documents.activeProperty().addListener((o, a, b) -> followActive(b));
        problemsModel.errorsProperty().addListener((o, a, b) -> updateValidationState());
        problemsModel.warningsProperty().addListener((o, a, b) -> updateValidationState());
        focusListener = (o, a, focused) -> {
            if (focused) {
                documents.checkDisk();
                if (git != null) {
                    git.refresh();
                }
            }
        };
        stage.focusedProperty().addListener(focusListener);
        diskWatch = new Timeline(new KeyFrame(Duration.seconds(3), e -> documents.checkDisk()));
        diskWatch.setCycleCount(Timeline.INDEFINITE);
        diskWatch.play();
    }

    /** The editor area says what to do while no file is open. */
    private static Node withPlaceholder(DocumentTabs tabs) {
        Label hint = new Label("Double-click a contract in the tree to open it.\n"
                + "Ctrl+Shift+P lists every command; Ctrl+O opens another workspace.");
        hint.getStyleClass().addAll(atlantafx.base.theme.Styles.TEXT_MUTED);
        hint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        hint.setId("editorPlaceholder");
        hint.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(tabs.getTabs()));
        hint.setMouseTransparent(true);
        return new StackPane(tabs, hint);
    }

    /** Stops watching the disk and the window focus; the stage may be reused (tests) or is closing. */
    public void dispose() {
        diskWatch.stop();
        stage.focusedProperty().removeListener(focusListener);
        documents.closeAll();
        metricPreview.close();
        lineage.close();
        domainMap.close();
        review.close();
        session.close();
        if (gitWorkspace != null) {
            gitWorkspace.close();
        }
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return scene;
    }

    public StudioDialogs dialogs() {
        return dialogs;
    }

    public DocumentTabs documents() {
        return documents;
    }

    public WorkspaceSession session() {
        return session;
    }

    public ProblemsViewModel problems() {
        return problemsModel;
    }

    public StatusBarViewModel status() {
        return statusModel;
    }

    public RecentWorkspaces recent() {
        return recent;
    }

    public Optional<GitPanelViewModel> git() {
        return Optional.ofNullable(git);
    }

    public CommandPalette palette() {
        return palette;
    }

    public Theme theme() {
        return theme;
    }

    /** Shows or hides the Git column, giving its room to the editor (e.g. for the form beside the YAML). */
    public void toggleGitPanel() {
        // keep the tree as wide as it was: divider positions are fractions of the whole width
        double width = Math.max(1, mainSplit.getWidth());
        if (mainSplit.getItems().contains(gitArea)) {
            treeWidth = mainSplit.getDividerPositions()[0] * width;
            gitDivider = mainSplit.getDividerPositions()[1];
            mainSplit.getItems().remove(gitArea);
            mainSplit.setDividerPositions(treeWidth / width);
        } else {
            treeWidth = mainSplit.getDividerPositions()[0] * width;
            mainSplit.getItems().add(gitArea);
            mainSplit.setDividerPositions(treeWidth / width, gitDivider);
        }
    }

    /** Shows or hides the metric preview between the editor and the problems (Ctrl+Shift+M). */
    public void toggleMetricPreview() {
        Node panel = metricPreview.node();
        if (editorAndProblems.getItems().remove(panel)) {
            editorAndProblems.setDividerPositions(0.74);
            metricPreview.setShowing(false);
            if (gitHiddenForPreview && !mainSplit.getItems().contains(gitArea)) {
                toggleGitPanel();
            }
            gitHiddenForPreview = false;
        } else {
            // the preview needs the width: the Git column steps aside while it is open
            gitHiddenForPreview = mainSplit.getItems().contains(gitArea);
            if (gitHiddenForPreview) {
                toggleGitPanel();
            }
            editorAndProblems.getItems().add(1, panel);
            editorAndProblems.setDividerPositions(0.2, 0.88);
            metricPreview.setShowing(true);
        }
    }

    /** Shows or hides the lineage graph under the editor (Ctrl+Shift+L), focused on the active document. */
    public void toggleLineage() {
        lineage.toggleIn(editorAndProblems, documents.active().map(d -> d.model().path()));
    }

    /** Shows the lineage focused on the active document's node. */
    public void showInLineage() {
        lineage.showIn(editorAndProblems, documents.active().map(d -> d.model().path()));
    }

    /** Shows or hides the domain map under the editor (Ctrl+Shift+D). */
    public void toggleDomainMap() {
        domainMap.toggleIn(editorAndProblems);
    }

    DomainMapPanel domainMap() {
        return domainMap;
    }

    public boolean domainMapShowing() {
        return domainMap.showingIn(editorAndProblems);
    }

    LineagePanel lineage() {
        return lineage;
    }

    public boolean lineageShowing() {
        return lineage.showingIn(editorAndProblems);
    }

    /** Opens the review window on the workspace's repository (Ctrl+Shift+R). */
    public void openReview() {
        review.show();
    }

    ReviewPanel review() {
        return review;
    }

    MetricPreviewPanel metricPreview() {
        return metricPreview;
    }

    public boolean metricPreviewShowing() {
        return editorAndProblems.getItems().contains(metricPreview.node());
    }

    public void toggleTheme() {
        theme = theme.other();
        theme.apply(scene);
        services.preferences().put("theme", theme.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Opens {@code folder} as the workspace: lint everything, show it, attach Git, offer journal restore. */
    public void openWorkspace(Path folder, Runnable then) {
        if (documents.hasUnsaved()) {
            Optional<Boolean> save = dialogs.saveBeforeExit();
            if (save.isEmpty()) {
                return;
            }
            if (save.get()) {
                documents.saveAll();
            } else {
                documents.documents().forEach(d -> d.model().discardJournalNow());
            }
        }
        documents.closeAll();
        statusModel.setValidating();
        services.tasks().run("Opening workspace " + folder.getFileName(), () -> session.load(folder), snapshot -> {
            session.show(snapshot);
            stage.setTitle("Steward — " + snapshot.root());
            updateValidationState();
            try {
                recent.add(snapshot.root());
            } catch (java.io.IOException e) {
                // the recent list is a convenience
            }
            services.preferences().put("workspace.last", snapshot.root().toString());
            EditJournal journal = new EditJournal(EditJournal.directoryFor(services.settingsDir(), snapshot.root()));
            documents.setJournal(journal);
            attachGit(snapshot.root());
            indexSemanticFiles(snapshot.root());
            metricPreview.workspaceOpened(snapshot.root());
            lineage.workspaceOpened(snapshot.root());
            domainMap.workspaceOpened(snapshot.root());
            completion.workspaceOpened(snapshot.root());
            review.workspaceOpened(snapshot.root());
            offerJournal(journal, snapshot.root());
            then.run();
        }, e -> dialogs.error("Could not open workspace", folder + ": " + e.getMessage()));
    }

    public void openFile(Path path, Consumer<DocumentView> then) {
        documents.open(path, then);
    }

    public void openProblem(ProblemRow row) {
        openFile(row.file(), d -> d.editor().goTo(row.diagnostic().line(), row.diagnostic().column()));
    }

    /** F8: the next problem after the caret, across files. */
    public void nextProblem() {
        Optional<DocumentView> active = documents.active();
        Path file = active.map(d -> d.model().path()).orElse(null);
        int offset = active.map(d -> d.editor().caretPositionProperty().getValue()).orElse(-1);
        problemsModel.next(file, offset).ifPresent(this::openProblem);
    }

    public void focusCommitMessage() {
        if (!mainSplit.getItems().contains(gitArea)) {
            toggleGitPanel();
        }
        Node message = scene.lookup("#gitCommitMessage");
        if (message != null) {
            message.requestFocus();
        }
    }

    public void migrate(Path dcsFile) {
        ContractMigration.run(this, dcsFile);
    }

    private void attachGit(Path workspace) {
        if (gitWorkspace != null) {
            gitWorkspace.close();
        }
        gitWorkspace = new GitWorkspaceViewModel(workspace, services.tasks(), this::gitPanelModel);
        gitWorkspace.panelProperty().addListener((o, a, panel) -> {
            git = panel;
            if (panel == null) {
                statusModel.setBranch("", false);
                return;
            }
            panel.branchProperty().addListener((x, y, b) -> {
                statusModel.setBranch(b, panel.detachedProperty().get());
                if (y != null && !y.isEmpty() && !y.equals(b)) {
                    refreshAfterCheckout();
                }
            });
            statusModel.setBranch(panel.branchProperty().get(), panel.detachedProperty().get());
        });
        gitArea.getChildren().setAll(new GitWorkspacePane(gitWorkspace));
        gitWorkspace.open();
    }

    private GitPanelViewModel gitPanelModel(GitRepository repo) {
        CommitGate gate = new CommitGate(session.linter(), new ValidationContext(session.index(), session.policy()));
        GitPanelViewModel model = new GitPanelViewModel(repo, services.tasks(), gate,
                GitDialogs.identityPrompt(() -> stage, this::rememberIdentity), GitDialogs.switchPrompt(() -> stage));
        rememberedIdentity().ifPresent(model::setRememberedIdentity);
        model.setReviewStatusSource(review::status);
        return model;
    }

    /**
     * Another branch is checked out: files changed on disk. Clean documents are reloaded, edited
     * ones get the "changed on disk" choice, and the whole workspace is linted again.
     */
    private void refreshAfterCheckout() {
        for (DocumentView d : documents.documents()) {
            if (d.model().dirtyProperty().get()) {
                d.model().checkDisk();
            } else {
                d.model().reload(d::resetText, m -> dialogs.error("Reload", m));
            }
        }
        session.root().ifPresent(root -> services.tasks().run("Checking the workspace", () -> session.load(root), snapshot -> {
            session.show(snapshot);
            indexSemanticFiles(root);
            documents.documents().forEach(d -> d.validation().validateNow());
            updateValidationState();
        }, e -> dialogs.error("Could not re-read the workspace", e.getMessage())));
    }

    /** Reads the workspace's semantic files for completion and navigation, in the background. */
    private void indexSemanticFiles(Path root) {
        services.tasks().run("Indexing semantic files", () -> SemanticWorkspaceFiles.read(root),
                index -> documents.semanticWorkspace().replace(index), e -> { });
    }

    /** "Create Git Repository…": the same as the Git panel's init button. */
    public void initRepository() {
        if (gitWorkspace != null && gitWorkspace.repositoryMissingProperty().get()
                && dialogs.offerGitInit(gitWorkspace.folder())) {
            gitWorkspace.initRepository();
        }
    }

    private void offerJournal(EditJournal journal, Path root) {
        services.tasks().run(null, journal::pending, pending -> {
            List<JournalEntry> entries = pending.stream().filter(e -> e.file().startsWith(root)).toList();
            if (entries.isEmpty()) {
                return;
            }
            if (dialogs.restoreJournal(entries, root)) {
                for (JournalEntry entry : entries) {
                    openFile(entry.file(), d -> d.restoreText(entry.text()));
                }
            } else {
                entries.forEach(e -> services.tasks().run(null, () -> {
                    journal.discard(e.file());
                    return null;
                }, r -> { }, x -> { }));
            }
        }, e -> { });
    }

    private void followActive(DocumentView view) {
        if (caretListener != null) {
            caretListener.run();
            caretListener = null;
        }
        if (view == null) {
            statusModel.setCaret(0, 0);
            return;
        }
        javafx.beans.value.ChangeListener<Integer> listener =
                (o, a, b) -> statusModel.setCaret(view.editor().getCaretLine(), view.editor().getCaretColumn());
        view.editor().caretPositionProperty().addListener(listener);
        caretListener = () -> view.editor().caretPositionProperty().removeListener(listener);
        statusModel.setCaret(view.editor().getCaretLine(), view.editor().getCaretColumn());
    }

    private void updateValidationState() {
        statusModel.setProblems(problemsModel.errorsProperty().get(), problemsModel.warningsProperty().get());
    }

    private boolean confirmExit() {
        if (!documents.hasUnsaved()) {
            return true;
        }
        Optional<Boolean> save = dialogs.saveBeforeExit();
        if (save.isEmpty()) {
            return false;
        }
        if (save.get()) {
            documents.saveAll();
        } else {
            documents.documents().forEach(d -> d.model().discardJournalNow());
        }
        return true;
    }

    private Optional<Identity> rememberedIdentity() {
        return services.preferences().get("git.name").flatMap(n -> services.preferences().get("git.email")
                .flatMap(m -> Identity.of(n, m)));
    }

    /** Called when the identity prompt returned an answer, so it is asked once. */
    public void rememberIdentity(Identity identity) {
        services.preferences().put("git.name", identity.name());
        services.preferences().put("git.email", identity.email());
    }
}
