package dev.steward.model.yaml.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Long chains of random edits on the commented contract, each applied to the text the previous
 * one produced: states like an emptied list, a value turned into a literal block or a key renamed
 * are then edited again. After every step the text parses and equals the expected tree, in key order.
 */
class YamlEditorRandomWalkTest {
    private static final int STEPS = 250;
    private static final String[] VALUES = {"x", "yes", "1.0", "a: b", "two\nlines", "it's", "", "#tag", "end\n"};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void randomEditChainsKeepTheTextValid(long seed) {
        Random random = new Random(seed);
        String text = Fixture.ORDERS;
        int applied = 0;
        for (int step = 0; step < STEPS; step++) {
            YamlEditor editor = YamlEditor.of(text);
            Object expected = Fixture.plain(editor.document());
            String op;
            List<TextEdit> edits;
            try {
                Step s = pick(editor.document(), random, expected);
                op = s.description;
                edits = s.edits.apply(editor);
            } catch (YamlEditException e) {
                continue; // an edit the editor refuses with a message is allowed; a wrong edit is not
            }
            String what = "seed " + seed + " step " + step + ": " + op;
            YamlDocument after;
            try {
                after = Fixture.apply(text, edits, what);
            } catch (AssertionError e) {
                fail(e.getMessage() + "\n--- before:\n" + text);
                return;
            }
            Object actual = after.root().isPresent() ? Fixture.plain(after) : new LinkedHashMap<>();
            assertEquals(String.valueOf(expected), String.valueOf(actual), what + "\n--- before:\n" + text);
            text = TextEdit.applyAll(text, edits);
            applied++;
        }
        org.junit.jupiter.api.Assertions.assertTrue(applied > STEPS / 2, "most random edits must be possible: " + applied);
    }

    private record Step(String description, java.util.function.Function<YamlEditor, List<TextEdit>> edits) {
    }

    /** Chooses an edit at a random place and updates {@code expected} to what it must produce. */
    @SuppressWarnings("unchecked")
    private static Step pick(YamlDocument doc, Random random, Object expected) {
        List<YamlPath> scalars = new ArrayList<>();
        List<YamlPath> mappings = new ArrayList<>();
        List<YamlPath> lists = new ArrayList<>();
        List<YamlPath> members = new ArrayList<>();
        Fixture.walk(doc.root().orElseThrow(), YamlPath.ROOT, (p, n) -> {
            if (n instanceof YamlScalar s && !p.isRoot()) {
                scalars.add(p);
            } else if (n instanceof YamlMapping) {
                mappings.add(p);
            } else if (n instanceof YamlSequence) {
                lists.add(p);
            }
            if (!p.isRoot()) {
                members.add(p);
            }
        });
        String value = VALUES[random.nextInt(VALUES.length)];
        switch (random.nextInt(5)) {
            case 0 -> {
                YamlPath p = scalars.get(random.nextInt(scalars.size()));
                Fixture.put(expected, p, "STRING:" + value);
                return new Step("set " + p + " = " + value.replace("\n", "\\n"), e -> e.setString(p, value));
            }
            case 1 -> {
                YamlPath m = mappings.get(random.nextInt(mappings.size()));
                String key = "k" + random.nextInt(1000);
                Map<String, Object> holder = (Map<String, Object>) Fixture.container(expected, m);
                if (holder.containsKey(key)) {
                    throw new YamlEditException("key taken");
                }
                holder.put(key, "STRING:" + value);
                YamlPath p = m.key(key);
                return new Step("add " + p + " = " + value.replace("\n", "\\n"), e -> e.setString(p, value));
            }
            case 2 -> {
                YamlPath p = members.get(random.nextInt(members.size()));
                Fixture.delete(expected, p);
                return new Step("remove " + p, e -> e.remove(p));
            }
            case 3 -> {
                if (lists.isEmpty()) {
                    throw new YamlEditException("no lists");
                }
                YamlPath p = lists.get(random.nextInt(lists.size()));
                ((List<Object>) Fixture.container(expected, p)).add(new LinkedHashMap<>(Map.of("name", "STRING:" + value)));
                return new Step("append to " + p, e -> e.append(p, YamlValue.strings("name", value)));
            }
            default -> {
                YamlPath p = members.stream().filter(x -> x.last() instanceof YamlPath.Key).skip(random.nextInt(
                        Math.max(1, (int) members.stream().filter(x -> x.last() instanceof YamlPath.Key).count()))).findFirst()
                        .orElseThrow(() -> new YamlEditException("no keys"));
                String newKey = "r" + random.nextInt(1000);
                Map<String, Object> holder = (Map<String, Object>) Fixture.container(expected, p.parent());
                String old = ((YamlPath.Key) p.last()).name();
                if (holder.containsKey(newKey)) {
                    throw new YamlEditException("key taken");
                }
                Map<String, Object> renamed = new LinkedHashMap<>();
                holder.forEach((k, v) -> renamed.put(k.equals(old) ? newKey : k, v));
                holder.clear();
                holder.putAll(renamed);
                return new Step("rename " + p + " -> " + newKey, e -> e.rename(p, newKey));
            }
        }
    }
}
