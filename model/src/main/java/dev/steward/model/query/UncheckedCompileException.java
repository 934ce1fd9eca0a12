package dev.steward.model.query;

/** Carries a {@link QueryCompileException} through a {@code Function} (a where filter's column callback). */
final class UncheckedCompileException extends RuntimeException {
    private final transient QueryCompileException cause;

    UncheckedCompileException(QueryCompileException cause) {
        super(cause.getMessage(), cause, false, false);
        this.cause = cause;
    }

    QueryCompileException unwrap() {
        return cause;
    }
}
