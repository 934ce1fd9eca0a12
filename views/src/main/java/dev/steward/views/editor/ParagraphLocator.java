package dev.steward.views.editor;

import dev.steward.model.yaml.LineIndex;
import dev.steward.model.yaml.SourceRange;

/** Where the paragraphs (lines, 0-based) of one text version start and how long they are. */
interface ParagraphLocator {

    int length();

    int paragraphCount();

    /** The 0-based paragraph holding char {@code offset}; an offset just past a line break is in the next paragraph. */
    int paragraphOf(int offset);

    int paragraphStart(int paragraph);

    /** Length of the paragraph without its line break. */
    int paragraphLength(int paragraph);

    /** A source range for {@code [start, end)}, clamped to the text, with 1-based lines and columns. */
    default SourceRange range(int start, int end) {
        int s = Math.clamp(start, 0, length());
        int e = Math.clamp(end, s, length());
        int sp = paragraphOf(s);
        int ep = paragraphOf(e);
        return new SourceRange(s, e, sp + 1, s - paragraphStart(sp) + 1, ep + 1, e - paragraphStart(ep) + 1);
    }

    /** A locator over a plain string, for code that has no editor at hand. */
    static ParagraphLocator of(String text) {
        var index = new LineIndex(text);
        return new ParagraphLocator() {
            @Override
            public int length() {
                return text.length();
            }

            @Override
            public int paragraphCount() {
                return index.lineCount();
            }

            @Override
            public int paragraphOf(int offset) {
                return index.lineOf(offset) - 1;
            }

            @Override
            public int paragraphStart(int paragraph) {
                return index.lineStart(paragraph + 1);
            }

            @Override
            public int paragraphLength(int paragraph) {
                return index.lineEnd(paragraph + 1) - index.lineStart(paragraph + 1);
            }
        };
    }
}
