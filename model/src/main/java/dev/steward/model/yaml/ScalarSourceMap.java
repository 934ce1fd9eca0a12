package dev.steward.model.yaml;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * Maps a char index of a scalar's value to the file offset it was read from. The value is rebuilt
 * from the source text the way YAML reads it (quotes dropped, {@code ''} in single quotes, block
 * scalar indentation removed, plain and folded lines joined, double-quoted escapes decoded) and
 * compared with the parsed value: only the stretch where both agree is mapped ({@link #exact}), so a
 * position after an unusual fold or escape is never pointed at the wrong place. Used to report a
 * problem inside a filter string at its exact column and to find names inside scalars.
 */
public final class ScalarSourceMap {
    private final int[] offsets;
    private final int exactLength;

    private final int scalarStart;
    private final int valueLength;

    private ScalarSourceMap(int[] offsets, int exactLength, int scalarStart, int valueLength) {
        this.offsets = offsets;
        this.exactLength = exactLength;
        this.scalarStart = scalarStart;
        this.valueLength = valueLength;
    }

    /** The map of {@code scalar}, read from {@code fileText} (the text the scalar was parsed from). */
    public static ScalarSourceMap of(String fileText, YamlScalar scalar) {
        int start = scalar.range().startOffset();
        int end = Math.min(scalar.range().endOffset(), fileText.length());
        Rebuilt rebuilt = switch (scalar.style()) {
            case PLAIN -> lines(fileText, start, end, false, true);
            case SINGLE_QUOTED -> singleQuoted(fileText, start, end);
            case DOUBLE_QUOTED -> doubleQuoted(fileText, start, end);
            case LITERAL -> block(fileText, start, end, false);
            case FOLDED -> block(fileText, start, end, true);
        };
        String value = scalar.value();
        int n = Math.min(rebuilt.length, value.length());
        int same = 0;
        while (same < n && rebuilt.chars[same] == value.charAt(same)) {
            same++;
        }
        return new ScalarSourceMap(Arrays.copyOf(rebuilt.offsets, same), same, start, value.length());
    }

    /**
     * The file offset of value index {@code index} ({@code index == value.length()} gives the end of
     * the value); the scalar's start when the mapping is not exact there, so a diagnostic still lands
     * on the right scalar.
     */
    public int fileOffsetOrStart(int index) {
        if (index >= 0 && index < exactLength) {
            return offsets[index];
        }
        if (index == valueLength && exactLength == valueLength && valueLength > 0) {
            return offsets[valueLength - 1] + 1;
        }
        return scalarStart;
    }

    /** The file offset of value index {@code index}, or empty when the mapping is not exact there. */
    public OptionalInt offset(int index) {
        return index >= 0 && index < exactLength ? OptionalInt.of(offsets[index]) : OptionalInt.empty();
    }

    /**
     * The file range of value chars {@code [start, end)}, when they map exactly and contiguously
     * (a name never spans a line break).
     */
    public boolean exact(int start, int end) {
        return start >= 0 && end <= exactLength && end > start && offsets[end - 1] - offsets[start] == end - 1 - start;
    }

    public int fileStart(int index) {
        return offsets[index];
    }

    public int fileEnd(int end) {
        return offsets[end - 1] + 1;
    }

    /** The value as rebuilt from the source, and where each char came from. */
    private static final class Rebuilt {
        char[] chars = new char[64];
        int[] offsets = new int[64];
        int length;

        void add(char c, int offset) {
            if (length == chars.length) {
                chars = Arrays.copyOf(chars, length * 2);
                offsets = Arrays.copyOf(offsets, length * 2);
            }
            chars[length] = c;
            offsets[length++] = offset;
        }
    }

    private static Rebuilt singleQuoted(String text, int start, int end) {
        Rebuilt out = new Rebuilt();
        for (int i = start + 1; i < end - 1; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return out; // folded quoted lines: stop, the rest is not mapped
            }
            out.add(c, i);
            if (c == '\'' && i + 1 < end - 1 && text.charAt(i + 1) == '\'') {
                i++;
            }
        }
        return out;
    }

    /** Escapes are decoded and mapped to their backslash; a line break (a fold) stops the mapping. */
    private static Rebuilt doubleQuoted(String text, int start, int end) {
        Rebuilt out = new Rebuilt();
        for (int i = start + 1; i < end - 1; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return out;
            }
            if (c != '\\') {
                out.add(c, i);
                continue;
            }
            int consumed = escape(text, i, end - 1, out);
            if (consumed == 0) {
                return out;
            }
            i += consumed - 1;
        }
        return out;
    }

    /** Decodes the escape at {@code i} into {@code out}; the chars it spans, 0 when it is not one YAML knows. */
    private static int escape(String text, int i, int end, Rebuilt out) {
        if (i + 1 >= end) {
            return 0;
        }
        char e = text.charAt(i + 1);
        int hex = switch (e) {
            case 'x' -> 2;
            case 'u' -> 4;
            case 'U' -> 8;
            default -> 0;
        };
        if (hex > 0) {
            if (i + 2 + hex > end) {
                return 0;
            }
            try {
                int code = Integer.parseInt(text, i + 2, i + 2 + hex, 16);
                for (char ch : Character.toChars(code)) {
                    out.add(ch, i);
                }
                return 2 + hex;
            } catch (IllegalArgumentException notHex) {
                return 0;
            }
        }
        int decoded = SIMPLE_ESCAPES.indexOf(e);
        if (decoded < 0) {
            return 0;
        }
        out.add(SIMPLE_DECODED.charAt(decoded), i);
        return 2;
    }

    private static final String SIMPLE_ESCAPES = "0abtnvfre \"/\\N_LP\t";
    private static final String SIMPLE_DECODED = "\0\u0007\b\t\n\u000b\f\r\u001b \"/\\\u0085\u00a0\u2028\u2029\t";

    /** A block scalar: a header line ({@code |}, {@code >-}, {@code |2}), then indented lines. */
    private static Rebuilt block(String text, int start, int end, boolean folded) {
        int headerEnd = text.indexOf('\n', start);
        if (headerEnd < 0 || headerEnd >= end) {
            return new Rebuilt();
        }
        int explicit = -1;
        for (int i = start + 1; i < headerEnd && text.charAt(i) != ' ' && text.charAt(i) != '#'; i++) {
            if (Character.isDigit(text.charAt(i))) {
                explicit = text.charAt(i) - '0';
            }
        }
        int first = headerEnd + 1;
        int indent = explicit >= 0 ? parentIndent(text, start) + explicit : firstIndent(text, first, end);
        return lines(text, first, end, folded, false, indent);
    }

    private static Rebuilt lines(String text, int start, int end, boolean folded, boolean plain) {
        return lines(text, start, end, folded || plain, plain, -1);
    }

    /**
     * Rebuilds lines {@code [start, end)}: block lines lose {@code indent} spaces (plain continuation
     * lines their leading blanks); lines are joined with a line break, or for folded and plain text
     * with a space between two non-empty lines.
     */
    private static Rebuilt lines(String text, int start, int end, boolean fold, boolean plain, int indent) {
        Rebuilt out = new Rebuilt();
        int lineStart = start;
        boolean firstLine = true;
        boolean previousEmpty = false;
        while (lineStart <= end) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
            int contentEnd = lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            int from = lineStart;
            if (plain && !firstLine) {
                while (from < contentEnd && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
                    from++;
                }
            } else if (!plain) {
                from = Math.min(lineStart + Math.max(indent, 0), contentEnd);
            }
            boolean empty = from >= contentEnd;
            if (!firstLine) {
                if (!fold) {
                    out.add('\n', lineStart - 1);
                } else if (empty) {
                    out.add('\n', lineStart - 1);
                } else if (!previousEmpty) {
                    out.add(' ', lineStart - 1);
                }
            }
            for (int i = from; i < contentEnd; i++) {
                out.add(text.charAt(i), i);
            }
            previousEmpty = empty;
            firstLine = false;
            if (lineEnd >= end) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static int firstIndent(String text, int from, int end) {
        int i = from;
        while (i < end) {
            int spaces = 0;
            while (i + spaces < end && text.charAt(i + spaces) == ' ') {
                spaces++;
            }
            int next = i + spaces;
            if (next < end && text.charAt(next) != '\n' && text.charAt(next) != '\r') {
                return spaces;
            }
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                return spaces;
            }
            i = lineEnd + 1;
        }
        return 0;
    }

    /** The indentation of the line holding the block scalar's header. */
    private static int parentIndent(String text, int headerOffset) {
        int lineStart = text.lastIndexOf('\n', headerOffset - 1) + 1;
        int i = lineStart;
        while (i < headerOffset && text.charAt(i) == ' ') {
            i++;
        }
        return i - lineStart;
    }
}
