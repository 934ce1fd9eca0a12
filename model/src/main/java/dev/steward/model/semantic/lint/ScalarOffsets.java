package dev.steward.model.semantic.lint;

import dev.steward.model.yaml.YamlScalar;

/**
 * Maps a char offset in a scalar's value back to the file: quotes, escapes ({@code ''}, {@code \"}),
 * folded line breaks and block-scalar indentation are stepped over by walking value and source side
 * by side. When the two cannot be aligned (an exotic escape) the scalar's start is used.
 */
final class ScalarOffsets {
    private ScalarOffsets() {
    }

    /** The file offset of value char {@code index} ({@code index == value.length()} gives the end). */
    static int fileOffset(String fileText, YamlScalar scalar, int index) {
        int start = scalar.range().startOffset();
        int end = Math.min(fileText.length(), scalar.range().endOffset());
        String value = scalar.value();
        int j = contentStart(fileText, scalar, start, end);
        for (int i = 0; i < value.length() && j < end; i++) {
            if (i == index) {
                return j;
            }
            char v = value.charAt(i);
            char f = fileText.charAt(j);
            if (scalar.style() == YamlScalar.Style.DOUBLE_QUOTED && f == '\\') {
                j += escapeLength(fileText, j, end);
                continue;
            }
            if (scalar.style() == YamlScalar.Style.SINGLE_QUOTED && f == '\'' && v == '\'') {
                j += 2;
                continue;
            }
            if (f == v && f != '\n') {
                j++;
                continue;
            }
            if (f == '\r' || f == '\n' || f == ' ' || f == '\t') {
                if (v == ' ' || v == '\n') {
                    j = skipBreak(fileText, j, end, v);
                } else {
                    while (j < end && Character.isWhitespace(fileText.charAt(j))) {
                        j++;
                    }
                    i--; // the value char is still to be matched
                }
                continue;
            }
            return start;
        }
        return index >= value.length() ? Math.min(j, end) : start;
    }

    private static int contentStart(String text, YamlScalar scalar, int start, int end) {
        return switch (scalar.style()) {
            case SINGLE_QUOTED, DOUBLE_QUOTED -> Math.min(start + 1, end);
            case LITERAL, FOLDED -> {
                int nl = text.indexOf('\n', start);
                int j = nl < 0 || nl >= end ? end : nl + 1;
                while (j < end && text.charAt(j) == ' ') {
                    j++;
                }
                yield j;
            }
            case PLAIN -> start;
        };
    }

    /**
     * Steps over a line break and the next line's indentation (which the value holds as one
     * {@code '\n'} or {@code ' '}), or over blanks a folded scalar dropped.
     */
    private static int skipBreak(String text, int j, int end, char valueChar) {
        int k = j;
        boolean sawBreak = false;
        while (k < end && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r'
                || text.charAt(k) == '\n')) {
            sawBreak |= text.charAt(k) == '\n';
            k++;
            if (sawBreak && (valueChar == '\n' || valueChar == ' ') && k < end && text.charAt(k) != ' '
                    && text.charAt(k) != '\n' && text.charAt(k) != '\r') {
                break;
            }
        }
        return k == j ? j + 1 : k;
    }

    private static int escapeLength(String text, int j, int end) {
        if (j + 1 >= end) {
            return 1;
        }
        return switch (text.charAt(j + 1)) {
            case 'x' -> 4;
            case 'u' -> 6;
            case 'U' -> 10;
            default -> 2;
        };
    }
}
