package dev.steward.views.lineage;

import dev.steward.views.task.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds work until the test runs it, in any order: to finish an older request after a newer one. */
final class QueuedTaskRunner implements TaskRunner {

    final List<Queued<?>> queued = new ArrayList<>();

    static final class Queued<T> {
        final Callable<T> work;
        final Consumer<? super T> onSuccess;
        boolean cancelled;

        Queued(Callable<T> work, Consumer<? super T> onSuccess) {
            this.work = work;
            this.onSuccess = onSuccess;
        }

        void finish() throws Exception {
            onSuccess.accept(work.call());
        }
    }

    @Override
    public <T> Cancellable run(String title, Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Queued<T> q = new Queued<>(work, onSuccess);
        queued.add(q);
        return () -> q.cancelled = true;
    }
}
