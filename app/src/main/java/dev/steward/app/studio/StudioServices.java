package dev.steward.app.studio;

import dev.steward.app.preferences.StudioPreferences;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.views.task.FxTaskRunner;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The studio's long-lived services, created once at start and handed to each window by
 * constructor (no static lookups): the one app-owned executor for background work, the task
 * runner over it, the linter shared with the CLI, and the preferences.
 */
public final class StudioServices implements AutoCloseable {

    private final ExecutorService executor;
    private final ExecutorService validationExecutor;
    private final FxTaskRunner tasks;
    private final ArtifactLinter linter;
    private final StudioPreferences preferences;

    public StudioServices(StudioPreferences preferences) {
        this.preferences = preferences;
        this.executor = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                daemonThreads("steward-worker"));
        this.validationExecutor = Executors.newSingleThreadExecutor(daemonThreads("steward-validation"));
        this.tasks = new FxTaskRunner(executor);
        this.linter = ArtifactLinter.standard();
    }

    public ExecutorService executor() {
        return executor;
    }

    /** One thread for live validation, so a keystroke never waits behind a Git or workspace job. */
    public ExecutorService validationExecutor() {
        return validationExecutor;
    }

    public FxTaskRunner tasks() {
        return tasks;
    }

    public ArtifactLinter linter() {
        return linter;
    }

    public StudioPreferences preferences() {
        return preferences;
    }

    public Path settingsDir() {
        return preferences.settingsDir();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        validationExecutor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
