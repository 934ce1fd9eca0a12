package dev.steward.views.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Runs work as JavaFX {@link Task}s on the one app-owned executor. Exposes how many titled tasks
 * are running and the title of the latest, for the status bar.
 */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService executor;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running", 0);
    private final ReadOnlyStringWrapper currentTitle = new ReadOnlyStringWrapper(this, "currentTitle", "");

    public FxTaskRunner(ExecutorService executor) {
        this.executor = executor;
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentTitleProperty() {
        return currentTitle.getReadOnlyProperty();
    }

    @Override
    public <T> Cancellable run(String title, Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        boolean visible = title != null;
        if (visible) {
            onFx(() -> {
                running.set(running.get() + 1);
                currentTitle.set(title);
            });
        }
        task.setOnSucceeded(e -> {
            finish(visible);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish(visible);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> finish(visible));
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the studio is closing and its executor is shut down: the work is dropped, not an error to show
            onFx(() -> finish(visible));
            return () -> { };
        }
        return () -> task.cancel(true);
    }

    private void finish(boolean visible) {
        if (visible) {
            running.set(Math.max(0, running.get() - 1));
            if (running.get() == 0) {
                currentTitle.set("");
            }
        }
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
