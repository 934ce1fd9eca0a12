package dev.steward.app.studio;

import dev.steward.views.preview.MetricPreviewView;
import dev.steward.views.preview.MetricPreviewViewModel;
import dev.steward.views.task.TaskRunner;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;

/**
 * The metric preview as a studio panel: it loads the workspace when first shown (not on every workspace
 * open, which would load the seeds for nothing), and reloads when a file that shapes it is saved: semantic
 * YAML, contracts (they type the seeds) and seed CSVs.
 */
final class MetricPreviewPanel {
    private final MetricPreviewViewModel model;
    private final MetricPreviewView view;
    private Path workspace;
    private Path loadedFor;
    private boolean showing;

    MetricPreviewPanel(TaskRunner tasks) {
        this.model = new MetricPreviewViewModel(tasks);
        this.view = new MetricPreviewView(model);
    }

    Node node() {
        return view;
    }

    MetricPreviewViewModel model() {
        return model;
    }

    void workspaceOpened(Path root) {
        workspace = root;
        if (showing) {
            loadIfStale();
        }
    }

    void setShowing(boolean visible) {
        showing = visible;
        if (visible) {
            loadIfStale();
            Node search = view.lookup("#previewMetricsSearch");
            if (search != null) {
                search.requestFocus();
            }
        }
    }

    private void loadIfStale() {
        if (workspace != null && !workspace.equals(loadedFor)) {
            loadedFor = workspace;
            model.load(workspace);
        }
    }

    /** A file was saved in the studio. */
    void saved(Path file) {
        if (loadedFor == null || !file.startsWith(loadedFor)) {
            return;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".csv")) {
            if (showing) {
                model.reload();
            } else {
                loadedFor = null; // reload when shown again
            }
        }
    }

    void close() {
        model.close();
    }
}
