package dev.steward.model.git;

import java.util.Objects;

/**
 * One line of a diff. Line numbers are 1-based; a line absent from one side has 0 there (an added
 * line has {@code oldLineNo == 0}, a deleted one {@code newLineNo == 0}). {@code text} has no line
 * terminator.
 */
public record DiffLine(Kind kind, int oldLineNo, int newLineNo, String text) {

    public enum Kind {
        ADD, DELETE, CONTEXT;

        /** The unified-diff prefix: {@code +}, {@code -} or a space. */
        public char prefix() {
            return switch (this) {
                case ADD -> '+';
                case DELETE -> '-';
                case CONTEXT -> ' ';
            };
        }
    }

    public DiffLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return kind.prefix() + text;
    }
}
