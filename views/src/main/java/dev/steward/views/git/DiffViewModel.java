package dev.steward.views.git;

import dev.steward.model.git.FileDiff;
import dev.steward.views.task.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The diff being shown: which file, its diff, and its rows in the chosen mode (the input
 * {@link #sideBySideProperty()}). Loads in the background; a newer request wins over a slower older one.
 */
public final class DiffViewModel {

    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ReadOnlyObjectWrapper<FileDiff> diff = new ReadOnlyObjectWrapper<>(this, "diff");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final BooleanProperty sideBySide = new SimpleBooleanProperty(this, "sideBySide", false);
    private final ObservableList<DiffRow> rows = FXCollections.observableArrayList();
    private final ObservableList<DiffRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private int request;

    DiffViewModel(TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.tasks = tasks;
        this.onFailure = onFailure;
        diff.addListener((obs, was, now) -> rebuild());
        sideBySide.addListener((obs, was, now) -> rebuild());
    }

    /** Loads a diff in the background and shows it under {@code newTitle}, unless another was asked for meanwhile. */
    void load(String newTitle, Callable<FileDiff> work) {
        int mine = ++request;
        tasks.run(null, work, loaded -> {
            if (mine == request) {
                title.set(newTitle);
                diff.set(loaded);
            }
        }, onFailure::accept);
    }

    public void clear() {
        request++;
        diff.set(null);
        title.set("");
    }

    private void rebuild() {
        FileDiff d = diff.get();
        if (d == null) {
            rows.clear();
        } else {
            rows.setAll(sideBySide.get() ? DiffRow.sideBySide(d) : DiffRow.unified(d));
        }
    }

    public ReadOnlyObjectProperty<FileDiff> diffProperty() {
        return diff.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public BooleanProperty sideBySideProperty() {
        return sideBySide;
    }

    public ObservableList<DiffRow> rows() {
        return rowsView;
    }
}
