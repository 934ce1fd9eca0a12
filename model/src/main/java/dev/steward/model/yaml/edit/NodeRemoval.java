package dev.steward.model.yaml.edit;

import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes a mapping entry or a list item: whole lines in block style (the entry, its nested block
 * and the deeper-indented comment lines inside it, never the comments above the next key), the
 * member and one comma in flow style.
 */
final class NodeRemoval {
    private final SourceLayout layout;

    NodeRemoval(SourceLayout layout) {
        this.layout = layout;
    }

    /** Removes {@code at}; {@code owner} is the located collection that holds it. */
    List<TextEdit> remove(Located at, Located owner) {
        if (at.parent() instanceof YamlMapping m) {
            return m.flow() ? removeFlowMember(entrySpans(m), at.index()) : removeBlockEntry(m, at, owner);
        }
        YamlSequence q = (YamlSequence) at.parent();
        return q.flow() ? removeFlowMember(itemSpans(q), at.index()) : removeBlockItem(q, at, owner);
    }

    private List<TextEdit> removeBlockEntry(YamlMapping m, Located at, Located owner) {
        YamlMapping.Entry entry = at.entry();
        int keyStart = entry.key().range().startOffset();
        int end = Math.max(entry.key().range().endOffset(), SourceLayout.contentEnd(entry.value()));
        int lastLine = layout.lastOwnedLine(end, layout.column(keyStart));
        if (layout.onOwnLine(keyStart)) {
            int from = layout.lineStart(layout.line(keyStart));
            List<TextEdit> edits = new ArrayList<>();
            edits.add(TextEdit.replace(from, layout.afterLineBreak(lastLine), ""));
            if (m.entries().size() == 1 && owner.entry() != null && !owner.inFlow()) {
                // the mapping stays a mapping: "key:" would read as null
                edits.add(TextEdit.insert(layout.colonAfter(owner.entry().key().range().endOffset()) + 1, " {}"));
            }
            return edits;
        }
        // the first key of a list item, after its dash: the next line moves up beside the dash
        if (m.entries().size() > 1 && at.index() == 0) {
            int next = layout.afterLineBreak(lastLine);
            return List.of(TextEdit.replace(keyStart, next + layout.indentOf(lastLine + 1), ""));
        }
        return List.of(TextEdit.replace(keyStart, layout.lineEnd(lastLine), "{}"));
    }

    private List<TextEdit> removeBlockItem(YamlSequence q, Located at, Located owner) {
        YamlNode item = at.node();
        int dash = layout.dashBefore(item.range().startOffset());
        if (dash < 0 || !layout.onOwnLine(dash)) {
            throw new YamlEditException("Cannot remove '" + at.path() + "': the item does not start its own line");
        }
        int end = Math.max(dash + 1, SourceLayout.contentEnd(item));
        int lastLine = layout.lastOwnedLine(end, layout.column(dash));
        List<TextEdit> edits = new ArrayList<>();
        edits.add(TextEdit.replace(layout.lineStart(layout.line(dash)), layout.afterLineBreak(lastLine), ""));
        if (q.size() == 1 && owner.entry() != null) {
            // the list stays a list: "key:" would read as null
            int colon = layout.colonAfter(owner.entry().key().range().endOffset());
            edits.add(TextEdit.insert(colon + 1, " []"));
        }
        return edits;
    }

    private static List<int[]> entrySpans(YamlMapping m) {
        List<int[]> spans = new ArrayList<>();
        for (YamlMapping.Entry e : m.entries()) {
            spans.add(new int[] {e.key().range().startOffset(),
                Math.max(e.key().range().endOffset(), SourceLayout.contentEnd(e.value()))});
        }
        return spans;
    }

    private static List<int[]> itemSpans(YamlSequence q) {
        List<int[]> spans = new ArrayList<>();
        for (YamlNode n : q.items()) {
            spans.add(new int[] {n.range().startOffset(), SourceLayout.contentEnd(n)});
        }
        return spans;
    }

    private static List<TextEdit> removeFlowMember(List<int[]> spans, int index) {
        int[] span = spans.get(index);
        if (spans.size() == 1) {
            return List.of(TextEdit.replace(span[0], span[1], ""));
        }
        if (index < spans.size() - 1) {
            return List.of(TextEdit.replace(span[0], spans.get(index + 1)[0], ""));
        }
        return List.of(TextEdit.replace(spans.get(index - 1)[1], span[1], ""));
    }
}
