package dev.steward.views.review;

import dev.steward.views.task.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds work until the test finishes it, in any order: to finish an older load after a newer one. */
final class QueuedTaskRunner implements TaskRunner {

    final List<Runnable> queued = new ArrayList<>();

    @Override
    public <T> Cancellable run(String title, Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Throwable> onFailure) {
        queued.add(() -> {
            T value;
            try {
                value = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(value);
        });
        return () -> { };
    }
}
