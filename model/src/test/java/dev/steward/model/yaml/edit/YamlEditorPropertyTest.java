package dev.steward.model.yaml.edit;

import static dev.steward.model.yaml.edit.Fixture.ORDERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation, applied at every place of a commented contract where it applies: the result
 * parses, holds the new value, equals the old tree everywhere else, and keeps every byte outside
 * the edited region.
 */
class YamlEditorPropertyTest {

    /** Strings that need care: YAML 1.1 booleans and nulls, numbers and dates as strings, indicators, blanks, lines. */
    static final List<String> TRICKY = List.of("plain words", "yes", "No", "on", "OFF", "y", "null", "~", "true",
            "123", "-7", "1.5e3", "0x1F", "1_000", "2024-01-01", ".inf", "", " leading", "trailing ", "a: b", "a #b",
            "#hash", "&anchor", "*alias", "!tag", "|pipe", ">fold", "'single", "\"double", "%percent", "@at", "`tick",
            "- dash", "? question", "key:", "it's", "say \"hi\"", "back\\slash", "two\nlines", "ends with break\n",
            "tab\there", "ünïcødé ✓", "<<", "=", "{brace", "[bracket", "a,b", "control\u0007char", "multi\n\n  indented\nlines");

    static Stream<YamlPath> scalarPaths() {
        return Fixture.paths(ORDERS, YamlScalar.class).stream();
    }

    @TestFactory
    Stream<DynamicTest> settingAStringReplacesOnlyThatScalar() {
        return scalarPaths().map(path -> DynamicTest.dynamicTest(path.toString(), () -> {
            YamlEditor editor = YamlEditor.of(ORDERS);
            YamlScalar old = (YamlScalar) path.find(editor.document().root().orElseThrow()).orElseThrow();
            for (String value : TRICKY) {
                String what = path + " = " + value.replace("\n", "\\n");
                List<TextEdit> edits = editor.setString(path, value);
                YamlDocument after = Fixture.apply(ORDERS, edits, what);
                YamlScalar now = (YamlScalar) path.find(after.root().orElseThrow()).orElseThrow();
                assertEquals(value, now.value(), what);
                assertEquals(YamlScalar.Type.STRING, now.type(), what);
                Object expected = Fixture.plain(editor.document());
                Fixture.put(expected, path, "STRING:" + value);
                assertEquals(expected, Fixture.plain(after), what);
                if (edits.size() == 1 && value.indexOf('\n') < 0 && old.range().length() > 0) {
                    assertEquals(old.range().startOffset(), edits.getFirst().offset(), what + ": edit starts off the scalar");
                    assertEquals(old.range().endOffset(), edits.getFirst().end(), what + ": edit ends off the scalar");
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> typedSettersWritePlainScalars() {
        return scalarPaths().map(path -> DynamicTest.dynamicTest(path.toString(), () -> {
            YamlEditor editor = YamlEditor.of(ORDERS);
            check(editor, path, editor.setBoolean(path, false), YamlScalar.Type.BOOLEAN, "false");
            check(editor, path, editor.setNumber(path, 42), YamlScalar.Type.INTEGER, "42");
            check(editor, path, editor.setNumber(path, new BigDecimal("0.25")), YamlScalar.Type.FLOAT, "0.25");
        }));
    }

    private static void check(YamlEditor editor, YamlPath path, List<TextEdit> edits, YamlScalar.Type type, String text) {
        YamlDocument after = Fixture.apply(ORDERS, edits, path + " = " + text);
        YamlScalar now = (YamlScalar) path.find(after.root().orElseThrow()).orElseThrow();
        assertEquals(type, now.type(), path.toString());
        assertEquals(YamlScalar.Style.PLAIN, now.style(), path.toString());
        Object expected = Fixture.plain(editor.document());
        Fixture.put(expected, path, type + ":" + text);
        assertEquals(expected, Fixture.plain(after), path.toString());
    }

    @TestFactory
    Stream<DynamicTest> addingAKeyPutsItLastInItsMapping() {
        List<YamlPath> mappings = new ArrayList<>(Fixture.paths(ORDERS, YamlMapping.class));
        mappings.add(YamlPath.ROOT);
        return mappings.stream().map(mapPath -> DynamicTest.dynamicTest(mapPath.isRoot() ? "(root)" : mapPath.toString(), () -> {
            YamlEditor editor = YamlEditor.of(ORDERS);
            for (String value : List.of("new value", "yes", "two\nlines")) {
                YamlPath path = mapPath.key("addedKey");
                List<TextEdit> edits = editor.setString(path, value);
                assertEquals(1, edits.size());
                assertEquals(0, edits.getFirst().length(), "adding a key only inserts");
                YamlDocument after = Fixture.apply(ORDERS, edits, path.toString());
                YamlMapping holder = (YamlMapping) mapPath.find(after.root().orElseThrow()).orElseThrow();
                assertEquals("addedKey", holder.keys().getLast());
                assertEquals(value, holder.text("addedKey").orElseThrow());
                YamlMapping before = (YamlMapping) mapPath.find(editor.document().root().orElseThrow()).orElseThrow();
                if (!holder.flow()) {
                    assertEquals(before.entries().getFirst().key().range().startColumn(),
                            holder.entry("addedKey").orElseThrow().key().range().startColumn(), "column of the new key");
                }
                Object expected = Fixture.plain(editor.document());
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) Fixture.container(expected, mapPath);
                m.put("addedKey", "STRING:" + value);
                assertEquals(expected, Fixture.plain(after));
            }
        }));
    }

    /** Paths of every mapping value (keys) or every list item (indexes) of the fixture. */
    static List<YamlPath> pathsEndingIn(Class<? extends YamlPath.Segment> segment) {
        List<YamlPath> out = new ArrayList<>();
        Fixture.walk(Fixture.parse(ORDERS).root().orElseThrow(), YamlPath.ROOT, (p, n) -> {
            if (!p.isRoot() && segment.isInstance(p.last())) {
                out.add(p);
            }
        });
        return out;
    }

    @TestFactory
    Stream<DynamicTest> removingAKeyTakesItsLinesAndNothingElse() {
        return pathsEndingIn(YamlPath.Key.class).stream().map(path -> DynamicTest.dynamicTest(path.toString(), () -> {
            YamlMapping holder = (YamlMapping) path.parent().find(Fixture.parse(ORDERS).root().orElseThrow()).orElseThrow();
            checkRemoval(path, holder.entry(((YamlPath.Key) path.last()).name()).orElseThrow().key().range().startColumn());
        }));
    }

    @TestFactory
    Stream<DynamicTest> removingAListItemTakesItsLinesAndNothingElse() {
        return pathsEndingIn(YamlPath.Index.class).stream().map(path -> DynamicTest.dynamicTest(path.toString(), () -> {
            YamlNode item = path.find(Fixture.parse(ORDERS).root().orElseThrow()).orElseThrow();
            checkRemoval(path, item.range().startColumn() - 2);
        }));
    }

    /** The tree loses exactly {@code path}; removed comment lines are indented deeper than {@code ownerColumn}. */
    private static void checkRemoval(YamlPath path, int ownerColumn) {
        YamlEditor editor = YamlEditor.of(ORDERS);
        List<TextEdit> edits = editor.remove(path);
        YamlDocument after = Fixture.apply(ORDERS, edits, path.toString());
        Object expected = Fixture.plain(editor.document());
        Fixture.delete(expected, path);
        assertEquals(expected, Fixture.plain(after), path.toString());
        assertOnlyOwnedCommentsRemoved(edits, ownerColumn, path.toString());
    }

    /** Comment lines inside removed text must be indented deeper than the removed key or dash. */
    private static void assertOnlyOwnedCommentsRemoved(List<TextEdit> edits, int ownerColumn, String what) {
        for (TextEdit e : edits) {
            String removed = ORDERS.substring(e.offset(), e.end());
            String[] lines = removed.split("\n", -1);
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                if (line.strip().startsWith("#")) {
                    int indent = line.length() - line.stripLeading().length();
                    assertTrue(indent >= ownerColumn, what + ": removed a comment that belongs elsewhere: " + line);
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> appendingAnItemMatchesItsSiblings() {
        return Fixture.paths(ORDERS, YamlSequence.class).stream().map(path -> DynamicTest.dynamicTest(path.toString(), () -> {
            YamlEditor editor = YamlEditor.of(ORDERS);
            YamlSequence before = (YamlSequence) path.find(editor.document().root().orElseThrow()).orElseThrow();
            boolean scalars = !before.items().isEmpty() && before.items().getFirst() instanceof YamlScalar;
            YamlValue item = scalars ? YamlValue.string("new: item") : YamlValue.strings("name", "new_col", "logicalType", "string");
            List<TextEdit> edits = editor.append(path, item);
            YamlDocument after = Fixture.apply(ORDERS, edits, path.toString());
            YamlSequence now = (YamlSequence) path.find(after.root().orElseThrow()).orElseThrow();
            assertEquals(before.size() + 1, now.size());
            Object expected = Fixture.plain(editor.document());
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) Fixture.container(expected, path);
            list.add(scalars ? "STRING:new: item" : new LinkedHashMap<>(Map.of("name", "STRING:new_col", "logicalType", "STRING:string")));
            assertEquals(expected, Fixture.plain(after));
            if (!before.flow()) {
                assertEquals(before.items().getLast().range().startColumn(), now.items().getLast().range().startColumn(),
                        "new item starts in the column of its siblings");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> renamingAKeyKeepsItsValueAndPlace() {
        return pathsEndingIn(YamlPath.Key.class).stream().map(path -> DynamicTest.dynamicTest(path.toString(), () -> {
            YamlEditor editor = YamlEditor.of(ORDERS);
            for (String newKey : List.of("renamed", "needs: quotes", "yes")) {
                List<TextEdit> edits = editor.rename(path, newKey);
                YamlDocument after = Fixture.apply(ORDERS, edits, path + " -> " + newKey);
                YamlMapping holder = (YamlMapping) path.parent().find(after.root().orElseThrow()).orElseThrow();
                YamlMapping old = (YamlMapping) path.parent().find(editor.document().root().orElseThrow()).orElseThrow();
                String oldKey = ((YamlPath.Key) path.last()).name();
                List<String> expectedKeys = old.keys().stream().map(k -> k.equals(oldKey) ? newKey : k).toList();
                assertEquals(expectedKeys, holder.keys());
                assertEquals(Fixture.plain(old.get(oldKey).orElseThrow()), Fixture.plain(holder.get(newKey).orElseThrow()));
                assertFalse(edits.getFirst().replacement().contains("\n"));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> addingNestedMissingKeysCreatesTheParents() {
        return Stream.of("description.authoritativeDefinitions.url", "support.channel.url", "schema[1].quality.severity",
                        "schema[0].properties[1].quality[0].customProperties.owner", "servers[1].connection.options.ssl",
                        "team.members[1].contact.email", "price.priceAmount")
                .map(YamlPath::parse)
                .map(path -> DynamicTest.dynamicTest(path.toString(), () -> {
                    YamlEditor editor = YamlEditor.of(ORDERS);
                    YamlDocument after = Fixture.apply(ORDERS, editor.setString(path, "x: y"), path.toString());
                    YamlScalar now = (YamlScalar) path.find(after.root().orElseThrow()).orElseThrow();
                    assertEquals("x: y", now.value());
                    // everything that was there is still there, unchanged
                    Fixture.walk(editor.document().root().orElseThrow(), YamlPath.ROOT, (p, n) -> {
                        if (n instanceof YamlScalar s && !s.isNull()) {
                            assertEquals(Fixture.plain(s), Fixture.plain(p.find(after.root().orElseThrow()).orElseThrow()), p.toString());
                        }
                    });
                }));
    }
}
