package dev.steward.model.semantic.filter;

/** A problem in a filter or group-by text: {@code start} inclusive, {@code end} exclusive, char offsets into that text. */
public record FilterProblem(String message, int start, int end) {
}
