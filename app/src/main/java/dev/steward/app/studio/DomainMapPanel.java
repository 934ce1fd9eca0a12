package dev.steward.app.studio;

import dev.steward.model.artifact.ArtifactDetector;
import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.validation.FileReport;
import dev.steward.views.mesh.DomainMapView;
import dev.steward.views.mesh.DomainMapViewModel;
import dev.steward.views.task.TaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.ObjIntConsumer;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The domain map as a studio panel (View › Domain Map, Ctrl+Shift+D): the workspace's data products by
 * domain, read off the FX thread when the panel is first shown and again after a save of a file that shapes
 * it (a data product, a contract, the domains or teams file, the workspace policy); while a data product is
 * typed, the map follows its unsaved text when its identity, domain, owner, status or ports change. A rebuild keeps the zoom,
 * the selection and the selected product's place on screen. A click on a port, contract or finding in the
 * side panel, or a double-click on a product, opens the file at its line.
 */
final class DomainMapPanel {

    private final TaskRunner tasks;
    private final DomainMapView view;
    private Path workspace;
    private Path loadedFor;
    private boolean showing;
    private TaskRunner.Cancellable pending = () -> { };

    DomainMapPanel(TaskRunner tasks, ObjIntConsumer<Path> openAt) {
        this.tasks = tasks;
        this.view = new DomainMapView(new DomainMapViewModel(tasks));
        view.setOnOpen(openAt);
        view.setId("domainMapPanel");
        view.setMinHeight(160);
    }

    Node node() {
        return view;
    }

    DomainMapView view() {
        return view;
    }

    DomainMapViewModel model() {
        return view.model();
    }

    boolean showingIn(SplitPane host) {
        return host.getItems().contains(view);
    }

    /** Shows the panel under the editor, or hides it when shown. */
    void toggleIn(SplitPane host) {
        if (host.getItems().remove(view)) {
            showing = false;
            host.setDividerPositions(0.74);
            return;
        }
        host.getItems().add(1, view);
        host.setDividerPositions(0.3, 0.9); // the map needs the room more than the editor
        showing = true;
        if (workspace != null && !workspace.equals(loadedFor)) {
            build();
        }
    }

    void workspaceOpened(Path root) {
        workspace = root;
        pending.cancel();
        loadedFor = null;
        if (showing) {
            build();
        }
    }

    /** A file was saved in the studio: rebuild when it shapes the map (now when shown, else when next shown). */
    void saved(Path file) {
        if (loadedFor == null || !file.startsWith(loadedFor)) {
            return;
        }
        pending.cancel();
        pending = tasks.run(null, () -> shapesTheMap(file), shapes -> {
            if (!shapes) {
                return;
            }
            if (showing) {
                build();
            } else {
                loadedFor = null;
            }
        }, failure -> { });
    }

    /**
     * True for YAML files other than the semantic layer's: data products, contracts, the domains and teams
     * files (recognised by content, whatever their name), source systems and the workspace policy.
     */
    static boolean shapesTheMap(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
            return false;
        }
        return !Files.isRegularFile(file)
                || ArtifactDetector.detect(Files.readString(file)).filter(k -> k == ArtifactKind.SEMANTIC).isEmpty();
    }

    /** An open document was validated while typing: a data product's changes show at once when the map is shown. */
    void edited(FileReport report) {
        if (showing && loadedFor != null && report.path().startsWith(loadedFor)
                && report.kind().filter(k -> k == ArtifactKind.DATA_PRODUCT).isPresent()) {
            model().productEdited(report.document()); // re-laid out only when what the map shows changed
        }
    }

    void close() {
        pending.cancel();
    }

    private void build() {
        loadedFor = workspace;
        model().load(workspace); // the view-model cancels a load still running; selection and viewport are kept
    }
}
