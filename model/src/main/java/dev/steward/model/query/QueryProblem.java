package dev.steward.model.query;

/**
 * Why a query cannot be compiled. {@code input} names the part of the query at fault ({@code metrics},
 * {@code group-by}, {@code where}, {@code order-by}, {@code limit}); {@code start}/{@code end} are offsets
 * into that input's text (the whole comma-joined list for list inputs), or -1 when there is no position.
 */
public record QueryProblem(String input, String message, int start, int end) {

    public static QueryProblem of(String input, String message) {
        return new QueryProblem(input, message, -1, -1);
    }
}
