package dev.steward.model.semantic.filter;

/** Unwinds the interpretation of one object to {@link ObjectInterpreter}, which returns the problem; never escapes. */
final class ObjectRejected extends RuntimeException {
    final FilterProblem problem;

    ObjectRejected(String message, int start, int end) {
        this(new FilterProblem(message, start, end));
    }

    ObjectRejected(FilterProblem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }
}
