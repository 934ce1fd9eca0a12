package dev.steward.model.preview;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * A request to stop a running preview query, from any thread. {@link QueryRunner} registers the
 * statement it executes; {@link #cancel()} then calls {@link Statement#cancel()} on it (JDBC drivers
 * ignore thread interrupts). Cancelling before the query starts makes it fail at once. Thread-safe.
 */
public final class Cancellation {
    private Statement running;
    private boolean cancelled;

    /** A cancellation nobody will trigger (CLI, benchmarks). */
    public static Cancellation none() {
        return new Cancellation();
    }

    public synchronized void cancel() {
        cancelled = true;
        if (running != null) {
            try {
                running.cancel();
            } catch (SQLException alreadyDone) {
                // the statement finished or was closed meanwhile
            }
        }
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Registers {@code statement} as the one to cancel; false when cancelled already. */
    synchronized boolean attach(Statement statement) {
        running = statement;
        return !cancelled;
    }

    /** Whether a statement is registered (executing). */
    synchronized boolean running() {
        return running != null;
    }

    synchronized void detach() {
        running = null;
    }
}
