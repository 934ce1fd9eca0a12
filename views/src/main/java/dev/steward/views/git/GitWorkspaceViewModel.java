package dev.steward.views.git;

import dev.steward.model.git.GitProblem;
import dev.steward.model.git.GitRepository;
import dev.steward.views.task.TaskRunner;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Finds the Git repository of a workspace folder (searching upward) and, when there is none,
 * offers to initialise one. Once a repository is open, {@link #panelProperty()} holds the Git
 * panel's view-model for it. Owns the repository it opened: {@link #close()} releases it.
 */
public final class GitWorkspaceViewModel implements AutoCloseable {

    private final Path folder;
    private final TaskRunner tasks;
    private final Function<GitRepository, GitPanelViewModel> panels;
    private final ReadOnlyObjectWrapper<GitPanelViewModel> panel = new ReadOnlyObjectWrapper<>(this, "panel");
    private final ReadOnlyBooleanWrapper repositoryMissing = new ReadOnlyBooleanWrapper(this, "repositoryMissing");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private GitRepository repository;

    /**
     * @param panels makes the panel's view-model for an opened repository (the app supplies the
     *               commit gate and prompts there)
     */
    public GitWorkspaceViewModel(Path folder, TaskRunner tasks, Function<GitRepository, GitPanelViewModel> panels) {
        this.folder = folder;
        this.tasks = tasks;
        this.panels = panels;
    }

    /** Opens the repository containing the folder; marks it missing when there is none. */
    public void open() {
        tasks.run("Opening Git repository", () -> GitRepository.open(folder), this::opened, failure -> {
            if (failure instanceof GitProblem p && p.kind() == GitProblem.Kind.NOT_A_REPOSITORY) {
                repositoryMissing.set(true);
            }
            message.set(GitPanelViewModel.describe(failure));
        });
    }

    /** Creates a repository in the folder (after the user chose to) and opens it. */
    public void initRepository() {
        tasks.run("Initialising Git repository", () -> GitRepository.init(folder), this::opened,
                failure -> message.set(GitPanelViewModel.describe(failure)));
    }

    private void opened(GitRepository opened) {
        close();
        repository = opened;
        repositoryMissing.set(false);
        message.set("");
        GitPanelViewModel model = panels.apply(opened);
        panel.set(model);
        model.refresh();
    }

    /** Releases the repository and removes the panel; on the UI thread. */
    @Override
    public void close() {
        if (repository != null) {
            repository.close();
            repository = null;
            panel.set(null);
        }
    }

    public Path folder() {
        return folder;
    }

    public ReadOnlyObjectProperty<GitPanelViewModel> panelProperty() {
        return panel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty repositoryMissingProperty() {
        return repositoryMissing.getReadOnlyProperty();
    }

    /** Why there is no panel: no repository (with the folder), or the failure to open it. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
