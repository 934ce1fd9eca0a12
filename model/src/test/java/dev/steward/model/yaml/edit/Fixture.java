package dev.steward.model.yaml.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** The commented ODCS contract the edit tests run on, and the checks every edit must pass. */
final class Fixture {
    static final String ORDERS = load("orders.odcs.yaml");

    private Fixture() {
    }

    static String load(String name) {
        try (InputStream in = Fixture.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static YamlDocument parse(String text) {
        return new YamlParser().parse(text);
    }

    /** Applies {@code edits}, checks the result parses and that every byte outside the edited region is unchanged. */
    static YamlDocument apply(String before, List<TextEdit> edits, String what) {
        assertFalse(edits.isEmpty(), what + ": no edits");
        String after = TextEdit.applyAll(before, edits);
        int from = edits.stream().mapToInt(TextEdit::offset).min().orElseThrow();
        int to = edits.stream().mapToInt(TextEdit::end).max().orElseThrow();
        assertTrue(after.length() >= from + before.length() - to, what + ": text shrank into the kept region");
        assertEquals(before.substring(0, from), after.substring(0, from), what + ": bytes before the edit changed");
        assertEquals(before.substring(to), after.substring(after.length() - (before.length() - to)),
                what + ": bytes after the edit changed");
        YamlDocument doc = parse(after);
        assertTrue(doc.problems().isEmpty(), () -> what + ": result does not parse: " + doc.problems() + "\n" + after);
        return doc;
    }

    /** The tree as plain maps, lists and "TYPE:value" strings, for whole-document comparisons. */
    static Object plain(YamlNode node) {
        return switch (node) {
            case YamlMapping m -> {
                Map<String, Object> out = new LinkedHashMap<>();
                m.entries().forEach(e -> out.put(e.name(), plain(e.value())));
                yield out;
            }
            case YamlSequence q -> new ArrayList<>(q.items().stream().map(Fixture::plain).toList());
            case YamlScalar s -> s.type() == YamlScalar.Type.NULL ? "NULL" : s.type() + ":" + s.value();
        };
    }

    static Object plain(YamlDocument doc) {
        return plain(doc.root().orElseThrow());
    }

    /** Visits every node of the tree with its path. */
    static void walk(YamlNode node, YamlPath path, BiConsumer<YamlPath, YamlNode> visitor) {
        visitor.accept(path, node);
        if (node instanceof YamlMapping m) {
            m.entries().forEach(e -> walk(e.value(), path.key(e.name()), visitor));
        } else if (node instanceof YamlSequence q) {
            for (int i = 0; i < q.size(); i++) {
                walk(q.get(i), path.index(i), visitor);
            }
        }
    }

    static List<YamlPath> paths(String text, Class<? extends YamlNode> kind) {
        List<YamlPath> out = new ArrayList<>();
        walk(parse(text).root().orElseThrow(), YamlPath.ROOT, (p, n) -> {
            if (kind.isInstance(n) && !p.isRoot()) {
                out.add(p);
            }
        });
        return out;
    }

    /** The plain value at {@code path} of a plain tree, to change expectations in place. */
    @SuppressWarnings("unchecked")
    static Object container(Object plainRoot, YamlPath path) {
        Object cur = plainRoot;
        for (YamlPath.Segment s : path.segments()) {
            cur = s instanceof YamlPath.Key k ? ((Map<String, Object>) cur).get(k.name())
                    : ((List<Object>) cur).get(((YamlPath.Index) s).index());
        }
        return cur;
    }

    @SuppressWarnings("unchecked")
    static void put(Object plainRoot, YamlPath path, Object value) {
        Object parent = container(plainRoot, path.parent());
        if (path.last() instanceof YamlPath.Key k) {
            ((Map<String, Object>) parent).put(k.name(), value);
        } else {
            ((List<Object>) parent).set(((YamlPath.Index) path.last()).index(), value);
        }
    }

    @SuppressWarnings("unchecked")
    static void delete(Object plainRoot, YamlPath path) {
        Object parent = container(plainRoot, path.parent());
        if (path.last() instanceof YamlPath.Key k) {
            ((Map<String, Object>) parent).remove(k.name());
        } else {
            ((List<Object>) parent).remove(((YamlPath.Index) path.last()).index());
        }
    }
}
