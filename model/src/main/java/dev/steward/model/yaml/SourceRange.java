package dev.steward.model.yaml;

/**
 * A stretch of source text. Offsets are UTF-16 char offsets (end exclusive); lines and columns
 * are 1-based, columns counted in chars. The end line/column point just past the last char.
 */
public record SourceRange(int startOffset, int endOffset, int startLine, int startColumn, int endLine, int endColumn) {

    public static final SourceRange START = new SourceRange(0, 0, 1, 1, 1, 1);

    public SourceRange {
        if (endOffset < startOffset) {
            throw new IllegalArgumentException("end before start: " + startOffset + ">" + endOffset);
        }
    }

    public int length() {
        return endOffset - startOffset;
    }

    public boolean contains(int offset) {
        return offset >= startOffset && offset <= endOffset;
    }
}
