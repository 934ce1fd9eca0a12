package dev.steward.model.yaml.edit;

import java.util.Map;

/** Writes new YAML values in block style (or flow style inside flow collections) at a given indentation. */
final class BlockWriter {
    private final SourceLayout layout;

    BlockWriter(SourceLayout layout) {
        this.layout = layout;
    }

    /** {@code key: value}; the caller has written the indentation of the first line. */
    void entry(StringBuilder out, String key, YamlValue value, int indent) {
        out.append(layout.scalars.key(key, null)).append(':');
        switch (value) {
            case YamlValue.Scalar s -> out.append(' ').append(layout.scalars.render(s, null, indent + layout.indentStep, false));
            case YamlValue.Mapping m when m.entries().isEmpty() -> out.append(" {}");
            case YamlValue.Mapping m -> mapping(out, m, indent + layout.indentStep, false);
            case YamlValue.Sequence q when q.items().isEmpty() -> out.append(" []");
            case YamlValue.Sequence q -> sequence(out, q, indent + layout.sequenceIndent, false);
        }
    }

    /** The entries of {@code m}, each on its own line; with {@code firstInline} the first goes where the caller is. */
    void mapping(StringBuilder out, YamlValue.Mapping m, int indent, boolean firstInline) {
        boolean first = true;
        for (Map.Entry<String, YamlValue> e : m.entries().entrySet()) {
            if (!first || !firstInline) {
                newLine(out, indent);
            }
            entry(out, e.getKey(), e.getValue(), indent);
            first = false;
        }
    }

    /** The items of {@code q} as {@code - item} lines with the dash at {@code dashIndent}. */
    void sequence(StringBuilder out, YamlValue.Sequence q, int dashIndent, boolean firstInline) {
        boolean first = true;
        for (YamlValue item : q.items()) {
            if (!first || !firstInline) {
                newLine(out, dashIndent);
            }
            out.append("- ");
            item(out, item, dashIndent + 2);
            first = false;
        }
    }

    /** The body of a list item whose content starts at column {@code contentIndent}, after the dash. */
    void item(StringBuilder out, YamlValue value, int contentIndent) {
        switch (value) {
            case YamlValue.Scalar s -> out.append(layout.scalars.render(s, null, contentIndent, false));
            case YamlValue.Mapping m when m.entries().isEmpty() -> out.append("{}");
            case YamlValue.Mapping m -> mapping(out, m, contentIndent, true);
            case YamlValue.Sequence q when q.items().isEmpty() -> out.append("[]");
            case YamlValue.Sequence q -> sequence(out, q, contentIndent, true);
        }
    }

    /** A value in flow style: {@code {a: 1, b: [x, y]}}. */
    String flow(YamlValue value) {
        return switch (value) {
            case YamlValue.Scalar s -> layout.scalars.render(s, null, 0, true);
            case YamlValue.Mapping m -> {
                StringBuilder b = new StringBuilder("{");
                for (Map.Entry<String, YamlValue> e : m.entries().entrySet()) {
                    if (b.length() > 1) {
                        b.append(", ");
                    }
                    b.append(layout.scalars.key(e.getKey(), null)).append(": ").append(flow(e.getValue()));
                }
                yield b.append('}').toString();
            }
            case YamlValue.Sequence q -> {
                StringBuilder b = new StringBuilder("[");
                for (YamlValue v : q.items()) {
                    if (b.length() > 1) {
                        b.append(", ");
                    }
                    b.append(flow(v));
                }
                yield b.append(']').toString();
            }
        };
    }

    private void newLine(StringBuilder out, int indent) {
        out.append(layout.nl).append(" ".repeat(indent));
    }
}
