package dev.steward.model.query;

import java.util.List;

/** A query that cannot be compiled; every problem says what is wrong and, where it can, what is allowed. */
public final class QueryCompileException extends Exception {
    private final transient List<QueryProblem> problems;

    public QueryCompileException(List<QueryProblem> problems) {
        super(problems.isEmpty() ? "query cannot be compiled" : problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public QueryCompileException(QueryProblem problem) {
        this(List.of(problem));
    }

    public List<QueryProblem> problems() {
        return problems;
    }
}
