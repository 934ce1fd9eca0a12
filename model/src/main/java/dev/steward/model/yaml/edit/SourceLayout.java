package dev.steward.model.yaml.edit;

import dev.steward.model.yaml.LineIndex;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;

/**
 * Questions about the layout of a YAML text that the parsed tree does not answer: where a node's
 * content really ends (block collections end at the next token, after comments that belong to
 * the following key), which comment lines a node owns, indentation, the line separator and the
 * indentation habits of the file.
 */
final class SourceLayout {
    final String text;
    final LineIndex lines;
    final String nl;
    final int indentStep;
    final int sequenceIndent;
    final ScalarText scalars;

    SourceLayout(YamlDocument doc) {
        this.text = doc.text();
        this.lines = doc.lines();
        this.nl = text.contains("\r\n") ? "\r\n" : "\n";
        int[] habits = {2, 2};
        doc.root().ifPresent(r -> detectHabits(r, habits));
        this.indentStep = habits[0] > 0 ? habits[0] : 2;
        this.sequenceIndent = habits[1] >= 0 ? habits[1] : 2;
        int[] quotes = {0, 0};
        doc.root().ifPresent(r -> countQuotes(r, quotes));
        this.scalars = new ScalarText(nl, quotes[1] > quotes[0] ? YamlScalar.Style.DOUBLE_QUOTED : YamlScalar.Style.SINGLE_QUOTED);
    }

    /** Counts single- and double-quoted values, to quote new values the way the file does. */
    private static void countQuotes(YamlNode node, int[] counts) {
        switch (node) {
            case YamlScalar s when s.style() == YamlScalar.Style.SINGLE_QUOTED -> counts[0]++;
            case YamlScalar s when s.style() == YamlScalar.Style.DOUBLE_QUOTED -> counts[1]++;
            case YamlMapping m -> m.entries().forEach(e -> countQuotes(e.value(), counts));
            case YamlSequence q -> q.items().forEach(i -> countQuotes(i, counts));
            default -> {
            }
        }
    }

    private void detectHabits(YamlNode root, int[] habits) {
        boolean[] found = {false, false};
        walkHabits(root, habits, found);
    }

    private void walkHabits(YamlNode node, int[] habits, boolean[] found) {
        if (node instanceof YamlMapping m && !m.flow()) {
            for (YamlMapping.Entry e : m.entries()) {
                int keyCol = column(e.key().range().startOffset());
                if (!found[0] && e.value() instanceof YamlMapping child && !child.flow() && !child.entries().isEmpty()
                        && onOwnLine(child.entries().getFirst().key().range().startOffset())) {
                    habits[0] = column(child.entries().getFirst().key().range().startOffset()) - keyCol;
                    found[0] = true;
                }
                if (!found[1] && e.value() instanceof YamlSequence seq && !seq.flow() && !seq.items().isEmpty()) {
                    int dash = dashBefore(seq.items().getFirst().range().startOffset());
                    if (dash >= 0) {
                        habits[1] = column(dash) - keyCol;
                        found[1] = true;
                    }
                }
                walkHabits(e.value(), habits, found);
            }
        } else if (node instanceof YamlSequence s && !s.flow()) {
            for (YamlNode item : s.items()) {
                walkHabits(item, habits, found);
            }
        }
    }

    /** 0-based column of an offset. */
    int column(int offset) {
        return offset - lines.lineStart(lines.lineOf(offset));
    }

    int line(int offset) {
        return lines.lineOf(offset);
    }

    int lineStart(int line) {
        return lines.lineStart(line);
    }

    int lineEnd(int line) {
        return lines.lineEnd(line);
    }

    /** Offset just past the line break of {@code line}, or the end of the text. */
    int afterLineBreak(int line) {
        return line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
    }

    int indentOf(int line) {
        int s = lines.lineStart(line);
        int e = lines.lineEnd(line);
        int i = s;
        while (i < e && text.charAt(i) == ' ') {
            i++;
        }
        return i - s;
    }

    boolean isCommentLine(int line) {
        String t = text.substring(lines.lineStart(line), lines.lineEnd(line)).strip();
        return t.startsWith("#");
    }

    /** True when only spaces precede {@code offset} on its line. */
    boolean onOwnLine(int offset) {
        int s = lines.lineStart(lines.lineOf(offset));
        for (int i = s; i < offset; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The offset of the list dash that introduces a block item starting at {@code itemStart}, or -1. */
    int dashBefore(int itemStart) {
        int i = itemStart - 1;
        int lineStart = lines.lineStart(lines.lineOf(itemStart));
        while (i >= lineStart && text.charAt(i) == ' ') {
            i--;
        }
        if (i >= lineStart && text.charAt(i) == '-') {
            return i;
        }
        // an empty item: the parser puts it at the dash or just after
        if (itemStart < text.length() && text.charAt(itemStart) == '-') {
            return itemStart;
        }
        return -1;
    }

    /** Where the content of {@code node} ends: its last scalar or closing bracket, never a comment. */
    static int contentEnd(YamlNode node) {
        if (node instanceof YamlMapping m && !m.flow() && !m.entries().isEmpty()) {
            YamlMapping.Entry last = m.entries().getLast();
            return Math.max(last.key().range().endOffset(), contentEnd(last.value()));
        }
        if (node instanceof YamlSequence s && !s.flow() && !s.items().isEmpty()) {
            return Math.max(s.items().getLast().range().startOffset(), contentEnd(s.items().getLast()));
        }
        return node.range().endOffset();
    }

    /**
     * The last line that belongs to content ending at {@code contentEnd}: its own line plus the
     * comment lines right after it that are indented deeper than {@code ownerIndent}. Comments at the
     * owner's indentation or less belong to whatever follows.
     */
    int lastOwnedLine(int contentEnd, int ownerIndent) {
        int line = lines.lineOf(contentEnd);
        while (line < lines.lineCount() && isCommentLine(line + 1) && indentOf(line + 1) > ownerIndent) {
            line++;
        }
        return line;
    }

    /** The index of the first {@code ':'} after a key, skipping spaces. */
    int colonAfter(int keyEnd) {
        int i = keyEnd;
        while (i < text.length() && text.charAt(i) != ':') {
            i++;
        }
        return i;
    }
}
