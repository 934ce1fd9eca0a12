package dev.steward.views.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs everything at once on the calling thread; for view-model tests without a toolkit. */
public final class SameThreadTaskRunner implements TaskRunner {
    @Override
    public <T> Cancellable run(String title, Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | StackOverflowError e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }
}
