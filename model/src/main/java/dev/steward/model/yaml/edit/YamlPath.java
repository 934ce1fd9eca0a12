package dev.steward.model.yaml.edit;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A path to a node of a YAML tree: mapping keys, list indexes and list lookups by a natural key.
 * Written as {@code schema[0].properties[2].logicalType} or {@code schema[name=orders].description}.
 */
public record YamlPath(List<Segment> segments) {

    public static final YamlPath ROOT = new YamlPath(List.of());

    /** One step of a path. */
    public sealed interface Segment permits Key, Index, Match {
    }

    /** A mapping key. */
    public record Key(String name) implements Segment {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A zero-based list index. */
    public record Index(int index) implements Segment {
        public Index {
            if (index < 0) {
                throw new IllegalArgumentException("negative list index " + index);
            }
        }

        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }

    /** The first list item that is a mapping whose {@code key} holds the text {@code value}. */
    public record Match(String key, String value) implements Segment {
        @Override
        public String toString() {
            return "[" + key + "=" + value + "]";
        }
    }

    public YamlPath {
        segments = List.copyOf(segments);
    }

    /**
     * Parses the dotted form. Keys may not contain {@code .}, {@code [} or {@code ]}; build such
     * paths with {@link #key(String)}.
     */
    public static YamlPath parse(String text) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '.') {
                if (i == 0 || i == n - 1 || text.charAt(i + 1) == '.' || text.charAt(i + 1) == '[') {
                    throw new IllegalArgumentException("Empty key in path '" + text + "' at char " + (i + 1));
                }
                i++;
            } else if (c == '[') {
                int close = text.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("Unclosed '[' in path '" + text + "' at char " + (i + 1));
                }
                out.add(bracket(text, text.substring(i + 1, close)));
                i = close + 1;
            } else {
                int end = i;
                while (end < n && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    if (text.charAt(end) == ']') {
                        throw new IllegalArgumentException("Unexpected ']' in path '" + text + "' at char " + (end + 1));
                    }
                    end++;
                }
                out.add(new Key(text.substring(i, end)));
                i = end;
            }
        }
        return new YamlPath(out);
    }

    private static Segment bracket(String path, String inside) {
        int eq = inside.indexOf('=');
        if (eq > 0) {
            return new Match(inside.substring(0, eq).trim(), inside.substring(eq + 1).trim());
        }
        try {
            return new Index(Integer.parseInt(inside.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("In path '" + path + "', '[" + inside
                    + "]' is neither a list index like [0] nor a lookup like [name=orders]", e);
        }
    }

    public YamlPath key(String name) {
        return with(new Key(name));
    }

    public YamlPath index(int index) {
        return with(new Index(index));
    }

    public YamlPath match(String key, String value) {
        return with(new Match(key, value));
    }

    private YamlPath with(Segment s) {
        List<Segment> list = new ArrayList<>(segments);
        list.add(s);
        return new YamlPath(list);
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    public YamlPath parent() {
        if (isRoot()) {
            throw new IllegalStateException("the root has no parent");
        }
        return new YamlPath(segments.subList(0, segments.size() - 1));
    }

    public Segment last() {
        if (isRoot()) {
            throw new IllegalStateException("the root has no last segment");
        }
        return segments.getLast();
    }

    public int size() {
        return segments.size();
    }

    /** The node at this path below {@code root}, if every step exists. */
    public Optional<YamlNode> find(YamlNode root) {
        YamlNode node = root;
        for (Segment s : segments) {
            node = step(node, s);
            if (node == null) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(node);
    }

    /** The child of {@code node} for one segment, or null. */
    static YamlNode step(YamlNode node, Segment s) {
        return switch (s) {
            case Key k when node instanceof YamlMapping m -> m.get(k.name()).orElse(null);
            case Index ix when node instanceof YamlSequence q -> ix.index() < q.size() ? q.get(ix.index()) : null;
            case Match mt when node instanceof YamlSequence q -> q.items().stream()
                    .filter(it -> it instanceof YamlMapping m && m.text(mt.key()).filter(mt.value()::equals).isPresent())
                    .findFirst().orElse(null);
            default -> null;
        };
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            if (s instanceof Key && !b.isEmpty()) {
                b.append('.');
            }
            b.append(s);
        }
        return b.toString();
    }
}
