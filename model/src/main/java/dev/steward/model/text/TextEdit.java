package dev.steward.model.text;

import java.util.Comparator;
import java.util.List;

/**
 * Replaces {@code length} characters at {@code offset} of a text with {@code replacement}.
 * Offsets are UTF-16 char offsets, the unit of {@link String} and of text controls.
 */
public record TextEdit(int offset, int length, String replacement) {

    public TextEdit {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative offset or length: " + offset + "," + length);
        }
        replacement = replacement == null ? "" : replacement;
    }

    public static TextEdit insert(int offset, String text) {
        return new TextEdit(offset, 0, text);
    }

    public static TextEdit replace(int start, int end, String text) {
        return new TextEdit(start, end - start, text);
    }

    public int end() {
        return offset + length;
    }

    /** Applies this edit to {@code text}. */
    public String applyTo(String text) {
        return text.substring(0, offset) + replacement + text.substring(end());
    }

    /** Applies non-overlapping edits (any order) to {@code text}. */
    public static String applyAll(String text, List<TextEdit> edits) {
        var sorted = edits.stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed()).toList();
        var out = new StringBuilder(text);
        int lastStart = Integer.MAX_VALUE;
        for (TextEdit e : sorted) {
            if (e.end() > lastStart) {
                throw new IllegalArgumentException("overlapping edits at offset " + e.offset());
            }
            out.replace(e.offset(), e.end(), e.replacement());
            lastStart = e.offset();
        }
        return out.toString();
    }
}
