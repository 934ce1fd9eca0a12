package dev.steward.views.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands results back on it. The studio uses
 * {@link FxTaskRunner} (one app-owned executor, results through {@code Platform.runLater});
 * view-model tests use {@link SameThreadTaskRunner}.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI thread.
     *
     * @param title shown in the status bar while the work runs; null for invisible work
     */
    <T> Cancellable run(String title, Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** A handle to cancel work that has not finished yet. */
    interface Cancellable {
        void cancel();
    }
}
