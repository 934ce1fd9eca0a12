package dev.steward.model.yaml;

import java.util.Arrays;

/** Maps between char offsets and 1-based line/column positions of one text. Immutable. */
public final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    public LineIndex(String text) {
        this.text = text;
        int[] starts = new int[64];
        int n = 1;
        for (int i = 0, len = text.length(); i < len; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= len || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Offset of the first char of 1-based {@code line}. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    /** Offset just past the last char of 1-based {@code line}, before its line break. */
    public int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > lineStart(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** 1-based line containing {@code offset}. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    public int columnOf(int offset) {
        return offset - lineStart(lineOf(offset)) + 1;
    }

    /** Char offset of a 1-based line and 1-based char column, clamped to the text. */
    public int offsetOf(int line, int column) {
        int start = lineStart(line);
        return Math.min(text.length(), start + Math.max(0, column - 1));
    }

    public SourceRange range(int startOffset, int endOffset) {
        int s = Math.max(0, Math.min(startOffset, text.length()));
        int e = Math.max(s, Math.min(endOffset, text.length()));
        int sl = lineOf(s);
        int el = lineOf(e);
        return new SourceRange(s, e, sl, s - lineStart(sl) + 1, el, e - lineStart(el) + 1);
    }

    /** The range of the whole of 1-based {@code line} (without its line break). */
    public SourceRange lineRange(int line) {
        return range(lineStart(line), lineEnd(line));
    }
}
