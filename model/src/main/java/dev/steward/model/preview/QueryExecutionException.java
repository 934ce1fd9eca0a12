package dev.steward.model.preview;

/**
 * A compiled query the database could not run, or that was cancelled. The message is one line, meant
 * for the user (the database's own wording, without its stack trace or error-code suffix).
 */
public final class QueryExecutionException extends Exception {
    private final boolean cancelled;

    public QueryExecutionException(String message, boolean cancelled) {
        super(message);
        this.cancelled = cancelled;
    }

    public boolean cancelled() {
        return cancelled;
    }
}
