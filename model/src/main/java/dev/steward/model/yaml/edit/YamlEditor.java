package dev.steward.model.yaml.edit;

import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Computes minimal {@link TextEdit}s that change one value of a YAML text while leaving every other
 * byte (comments, key order, quoting, blank lines) as it is. Works on one parsed, error-free
 * {@link YamlDocument}; after applying the edits, parse the new text and make a new editor.
 */
public final class YamlEditor {
    private final YamlDocument doc;
    private final SourceLayout layout;
    private final BlockWriter writer;

    public YamlEditor(YamlDocument doc) {
        if (doc.hasErrors()) {
            int line = doc.problems().getFirst().range().startLine();
            throw new YamlEditException("The YAML has an error at line " + line + "; fix it before editing values");
        }
        this.doc = doc;
        this.layout = new SourceLayout(doc);
        this.writer = new BlockWriter(layout);
    }

    public static YamlEditor of(String text) {
        return new YamlEditor(new YamlParser().parse(text));
    }

    public YamlDocument document() {
        return doc;
    }

    public List<TextEdit> setString(YamlPath path, String value) {
        return set(path, YamlValue.string(value));
    }

    public List<TextEdit> setBoolean(YamlPath path, boolean value) {
        return set(path, YamlValue.bool(value));
    }

    public List<TextEdit> setNumber(YamlPath path, BigDecimal value) {
        return set(path, YamlValue.number(value));
    }

    public List<TextEdit> setNumber(YamlPath path, long value) {
        return set(path, YamlValue.number(value));
    }

    /**
     * Sets the value at {@code path}. An existing scalar is replaced in place (keeping its quote
     * style when it can hold the value); missing keys are added, with any missing parent mappings,
     * after the last key of the deepest existing mapping.
     */
    public List<TextEdit> set(YamlPath path, YamlValue value) {
        List<Located> trail = walk(path);
        if (trail.isEmpty()) {
            return setInEmptyDocument(path, value);
        }
        Located at = trail.getLast();
        if (trail.size() == path.size() + 1) {
            return replace(at, value);
        }
        var rest = path.segments().subList(at.path().size(), path.size());
        for (YamlPath.Segment s : rest) {
            if (!(s instanceof YamlPath.Key)) {
                throw new YamlEditException("Cannot set '" + path + "': there is no list item " + s + " under '"
                        + at.path() + "'; append the item first");
            }
        }
        YamlValue wrapped = value;
        for (int i = rest.size() - 1; i >= 1; i--) {
            var m = new LinkedHashMap<String, YamlValue>();
            m.put(((YamlPath.Key) rest.get(i)).name(), wrapped);
            wrapped = new YamlValue.Mapping(m);
        }
        return addEntry(at, ((YamlPath.Key) rest.getFirst()).name(), wrapped);
    }

    /** Appends {@code item} to the list at {@code listPath}, creating the list when it is missing or empty. */
    public List<TextEdit> append(YamlPath listPath, YamlValue item) {
        List<Located> trail = walk(listPath);
        if (trail.size() != listPath.size() + 1) {
            return set(listPath, new YamlValue.Sequence(List.of(item)));
        }
        Located at = trail.getLast();
        if (at.node() instanceof YamlSequence q && !q.flow() && !q.items().isEmpty()) {
            YamlNode last = q.items().getLast();
            int dash = layout.dashBefore(last.range().startOffset());
            if (dash < 0) {
                throw new YamlEditException("Cannot append to '" + listPath + "': its last item has no '-'");
            }
            int dashCol = layout.column(dash);
            int gap = layout.line(last.range().startOffset()) == layout.line(dash)
                    ? Math.max(1, last.range().startOffset() - dash - 1) : 1;
            int end = Math.max(dash + 1, SourceLayout.contentEnd(last));
            int line = layout.lastOwnedLine(end, dashCol);
            StringBuilder out = new StringBuilder(layout.nl).append(" ".repeat(dashCol)).append('-').append(" ".repeat(gap));
            writer.item(out, item, dashCol + 1 + gap);
            return List.of(TextEdit.insert(layout.lineEnd(line), out.toString()));
        }
        if (at.node() instanceof YamlSequence q && q.flow() && q.items().isEmpty() && !at.inFlow() && at.entry() != null) {
            // "key: []" in a block mapping becomes a block list, like its siblings elsewhere
            return replaceNullWithCollection(at, new YamlValue.Sequence(List.of(item)));
        }
        if (at.node() instanceof YamlSequence q && q.flow()) {
            if (q.items().isEmpty()) {
                return List.of(TextEdit.insert(closingBracket(q, ']'), writer.flow(item)));
            }
            return List.of(TextEdit.insert(SourceLayout.contentEnd(q.items().getLast()), ", " + writer.flow(item)));
        }
        if (at.node().isNull()) {
            return replaceNullWithCollection(at, new YamlValue.Sequence(List.of(item)));
        }
        throw new YamlEditException("Cannot append to '" + listPath + "': it is " + at.node().describe() + ", not a list");
    }

    /** Removes the key or list item at {@code path}, with its nested block and the comment lines inside it. */
    public List<TextEdit> remove(YamlPath path) {
        Located at = locate(path);
        if (at.isRoot()) {
            throw new YamlEditException("Cannot remove the whole document");
        }
        List<Located> trail = walk(path);
        return new NodeRemoval(layout).remove(at, trail.get(trail.size() - 2));
    }

    /** Renames the key at {@code path} to {@code newKey}, keeping its value and quote style. */
    public List<TextEdit> rename(YamlPath path, String newKey) {
        Located at = locate(path);
        if (at.entry() == null) {
            throw new YamlEditException("Cannot rename '" + path + "': it is not a mapping key");
        }
        if (at.entry().name().equals(newKey)) {
            return List.of();
        }
        if (((YamlMapping) at.parent()).has(newKey)) {
            throw new YamlEditException("Cannot rename '" + path + "' to '" + newKey + "': that key already exists there");
        }
        YamlScalar key = at.entry().key();
        return List.of(TextEdit.replace(key.range().startOffset(), key.range().endOffset(), layout.scalars.key(newKey, key.style())));
    }

    /** The node at {@code path}, or an exception naming the first missing step. */
    Located locate(YamlPath path) {
        List<Located> trail = walk(path);
        if (trail.size() != path.size() + 1) {
            String have = trail.isEmpty() ? "the document is empty" : "'" + trail.getLast().path() + "' has no "
                    + path.segments().get(trail.size() - 1);
            throw new YamlEditException("No value at '" + path + "': " + have);
        }
        return trail.getLast();
    }

    /** The existing nodes along {@code path}, root first; shorter than the path when a step is missing. */
    private List<Located> walk(YamlPath path) {
        List<Located> trail = new ArrayList<>();
        if (doc.root().isEmpty()) {
            return trail;
        }
        Located cur = new Located(YamlPath.ROOT, doc.root().get(), null, null, -1, false, 0);
        trail.add(cur);
        YamlPath sofar = YamlPath.ROOT;
        for (YamlPath.Segment s : path.segments()) {
            YamlNode child = YamlPath.step(cur.node(), s);
            if (child == null) {
                break;
            }
            sofar = new YamlPath(path.segments().subList(0, sofar.size() + 1));
            boolean inFlow = cur.inFlow() || flow(cur.node());
            if (cur.node() instanceof YamlMapping m) {
                YamlMapping.Entry e = m.entry(((YamlPath.Key) s).name()).orElseThrow();
                cur = new Located(sofar, child, m, e, m.entries().indexOf(e), inFlow, layout.column(e.key().range().startOffset()));
            } else {
                YamlSequence q = (YamlSequence) cur.node();
                int index = indexOf(q, child);
                int dash = inFlow ? -1 : layout.dashBefore(child.range().startOffset());
                cur = new Located(sofar, child, q, null, index, inFlow, dash < 0 ? cur.ownerIndent() : layout.column(dash));
            }
            trail.add(cur);
        }
        return trail;
    }

    private static int indexOf(YamlSequence q, YamlNode child) {
        for (int i = 0; i < q.size(); i++) {
            if (q.get(i) == child) {
                return i;
            }
        }
        return -1;
    }

    private static boolean flow(YamlNode n) {
        return (n instanceof YamlMapping m && m.flow()) || (n instanceof YamlSequence q && q.flow());
    }

    private List<TextEdit> replace(Located at, YamlValue value) {
        if (at.node() instanceof YamlScalar old && value instanceof YamlValue.Scalar s) {
            return replaceScalar(at, old, s);
        }
        boolean emptyCollection = (at.node() instanceof YamlMapping m && m.entries().isEmpty())
                || (at.node() instanceof YamlSequence q && q.items().isEmpty());
        if (!(value instanceof YamlValue.Scalar) && (at.node().isNull() || emptyCollection)) {
            return replaceNullWithCollection(at, value);
        }
        throw new YamlEditException("Cannot set '" + at.path() + "': it is " + at.node().describe()
                + "; only scalars, empty values and empty collections can be replaced");
    }

    private List<TextEdit> replaceScalar(Located at, YamlScalar old, YamlValue.Scalar value) {
        int s = old.range().startOffset();
        int e = old.range().endOffset();
        int indent = at.ownerIndent() + (at.entry() != null ? layout.indentStep : 2);
        boolean block = old.style() == YamlScalar.Style.LITERAL || old.style() == YamlScalar.Style.FOLDED;
        if (block && layout.line(e) > layout.line(s)) {
            indent = Math.max(indent, layout.indentOf(layout.line(s) + 1));
        }
        YamlScalar.Style preferred = old.isNull() && s == e ? null : old.style();
        String text = layout.scalars.render(value, preferred, indent, at.inFlow());
        if (s == e && s > 0 && !Character.isWhitespace(doc.text().charAt(s - 1))) {
            text = " " + text;
        }
        int breakAt = text.indexOf(layout.nl);
        int lineEnd = layout.lineEnd(layout.line(e));
        if (breakAt < 0 || doc.text().substring(e, lineEnd).isBlank()) {
            return List.of(TextEdit.replace(s, breakAt < 0 ? e : lineEnd, text));
        }
        // a comment follows on the line: keep it after the block header, put the content below
        return List.of(TextEdit.replace(s, e, text.substring(0, breakAt)), TextEdit.insert(lineEnd, text.substring(breakAt)));
    }

    private List<TextEdit> addEntry(Located at, String key, YamlValue value) {
        if (at.node() instanceof YamlMapping m && !m.flow()) {
            YamlMapping.Entry last = m.entries().getLast();
            int keyIndent = layout.column(m.entries().getFirst().key().range().startOffset());
            int end = Math.max(last.key().range().endOffset(), SourceLayout.contentEnd(last.value()));
            int line = layout.lastOwnedLine(end, keyIndent);
            StringBuilder out = new StringBuilder(layout.nl).append(" ".repeat(keyIndent));
            writer.entry(out, key, value, keyIndent);
            return List.of(TextEdit.insert(layout.lineEnd(line), out.toString()));
        }
        String flowEntry = layout.scalars.key(key, null) + ": " + writer.flow(value);
        boolean emptyFlow = at.node() instanceof YamlMapping holder && holder.entries().isEmpty();
        if (at.node().isNull() || (emptyFlow && !at.inFlow() && at.entry() != null)) {
            var entries = new LinkedHashMap<String, YamlValue>();
            entries.put(key, value);
            return replaceNullWithCollection(at, new YamlValue.Mapping(entries));
        }
        if (emptyFlow) {
            return List.of(TextEdit.insert(closingBracket(at.node(), '}'), flowEntry));
        }
        if (at.node() instanceof YamlMapping m) {
            YamlMapping.Entry last = m.entries().getLast();
            int end = Math.max(last.key().range().endOffset(), SourceLayout.contentEnd(last.value()));
            return List.of(TextEdit.insert(end, ", " + flowEntry));
        }
        throw new YamlEditException("Cannot add '" + key + "' under '" + at.path() + "': it is "
                + at.node().describe() + ", not a mapping");
    }

    /** Turns {@code key:} (or {@code key: ~}, {@code key: {}}) into {@code key:} followed by a block. */
    private List<TextEdit> replaceNullWithCollection(Located at, YamlValue value) {
        int s = at.node().range().startOffset();
        int e = at.node().range().endOffset();
        if (at.inFlow() || at.entry() == null) {
            StringBuilder out = new StringBuilder();
            if (at.inFlow()) {
                out.append(writer.flow(value));
            } else {
                writer.item(out, value, at.ownerIndent() + 2);
            }
            String lead = s > 0 && !Character.isWhitespace(doc.text().charAt(s - 1)) ? " " : "";
            return List.of(TextEdit.replace(s, e, lead + out));
        }
        StringBuilder out = new StringBuilder();
        if (value instanceof YamlValue.Mapping m) {
            writer.mapping(out, m, at.ownerIndent() + layout.indentStep, false);
        } else {
            writer.sequence(out, (YamlValue.Sequence) value, at.ownerIndent() + layout.sequenceIndent, false);
        }
        List<TextEdit> edits = new ArrayList<>();
        if (e > s) {
            int from = s;
            while (from > 0 && doc.text().charAt(from - 1) == ' ') {
                from--;
            }
            edits.add(TextEdit.replace(from, e, ""));
        }
        edits.add(TextEdit.insert(layout.lineEnd(layout.line(Math.max(e, at.entry().key().range().endOffset()))), out.toString()));
        return edits;
    }

    private List<TextEdit> setInEmptyDocument(YamlPath path, YamlValue value) {
        if (path.isRoot() || !(path.segments().getFirst() instanceof YamlPath.Key)) {
            throw new YamlEditException("Cannot set '" + path + "' in an empty document");
        }
        YamlValue wrapped = value;
        for (int i = path.size() - 1; i >= 0; i--) {
            if (!(path.segments().get(i) instanceof YamlPath.Key k)) {
                throw new YamlEditException("Cannot set '" + path + "' in an empty document");
            }
            var m = new LinkedHashMap<String, YamlValue>();
            m.put(k.name(), wrapped);
            wrapped = new YamlValue.Mapping(m);
        }
        StringBuilder out = new StringBuilder();
        String text = doc.text();
        if (!text.isEmpty() && !text.endsWith("\n")) {
            out.append(layout.nl);
        }
        writer.mapping(out, (YamlValue.Mapping) wrapped, 0, true);
        out.append(layout.nl);
        return List.of(TextEdit.insert(text.length(), out.toString()));
    }

    private int closingBracket(YamlNode flowNode, char bracket) {
        int i = flowNode.range().endOffset() - 1;
        while (i > flowNode.range().startOffset() && doc.text().charAt(i) != bracket) {
            i--;
        }
        return i;
    }
}
