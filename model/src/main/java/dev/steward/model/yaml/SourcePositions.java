package dev.steward.model.yaml;

import org.yaml.snakeyaml.error.Mark;

/** Turns SnakeYAML marks (code-point based) into {@link SourceRange}s over the UTF-16 text. */
final class SourcePositions {
    private final String text;
    private final LineIndex lines;
    private final boolean simpleOffsets;

    SourcePositions(String text, LineIndex lines) {
        this.text = text;
        this.lines = lines;
        this.simpleOffsets = !hasSurrogates(text);
    }

    LineIndex lines() {
        return lines;
    }

    /** SnakeYAML counts code points; without surrogate pairs they equal String char offsets. */
    private static boolean hasSurrogates(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    int offset(Mark mark) {
        if (mark == null) {
            return 0;
        }
        if (simpleOffsets) {
            return Math.min(mark.getIndex(), text.length());
        }
        int off = lines.lineStart(mark.getLine() + 1);
        for (int cp = 0; cp < mark.getColumn() && off < text.length(); cp++) {
            off += Character.charCount(text.codePointAt(off));
        }
        return off;
    }

    SourceRange range(Mark start, Mark end) {
        return lines.range(offset(start), offset(end));
    }

    /**
     * A scalar: a one-line scalar takes line and column straight from the marks, no search. A
     * block scalar ({@code |}, {@code >}) ends where the next token starts, so like a block
     * collection it is trimmed of the line breaks and spaces after its last line.
     */
    SourceRange scalarRange(Mark start, Mark end) {
        if (simpleOffsets && start != null && end != null && start.getLine() == end.getLine()) {
            int s = offset(start);
            return new SourceRange(s, offset(end), start.getLine() + 1, start.getColumn() + 1, end.getLine() + 1, end.getColumn() + 1);
        }
        return collectionRange(start, end);
    }

    /** A block collection ends where the next token starts; trailing blank lines and spaces are not part of it. */
    SourceRange collectionRange(Mark start, Mark end) {
        int s = offset(start);
        int e = offset(end);
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return lines.range(s, e);
    }
}
