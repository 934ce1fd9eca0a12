package dev.steward.views.editor;

/**
 * Moves an offset of a text across one replacement of {@code removed} chars at {@code position} by
 * {@code inserted} chars. Starts and ends of ranges move differently at the edges: text typed right
 * before a range pushes it, text typed right after it does not grow it.
 */
final class TextShift {
    private TextShift() {
    }

    /** New position of a range start. */
    static int start(int offset, int position, int removed, int inserted) {
        if (offset < position) {
            return offset;
        }
        if (offset >= position + removed) {
            return offset + inserted - removed;
        }
        return position;
    }

    /** New position of a range end (and of a caret): inside the replaced text it moves to the end of the insertion. */
    static int end(int offset, int position, int removed, int inserted) {
        if (offset <= position) {
            return offset;
        }
        if (offset >= position + removed) {
            return offset + inserted - removed;
        }
        return position + inserted;
    }
}
