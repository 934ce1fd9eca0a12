package dev.steward.model.yaml.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.testing.Corpus;
import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The edit properties on the real contracts and YAML files of the shared corpus: every edit must
 * parse back, change exactly its target and keep every byte outside its region. Failures are
 * collected so one run shows them all.
 */
class YamlEditorCorpusTest {
    private static final Pattern ALIASES = Pattern.compile("(^|[\\s:\\-\\[,])[&*][A-Za-z0-9_]");
    private static final int PER_FILE = 8;

    @Test
    void editsOnCorpusFilesChangeOnlyTheirTarget() throws IOException {
        Path root = Corpus.require();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            YamlDocument doc = Fixture.parse(text);
            if (!doc.problems().isEmpty() || doc.rootMapping().isEmpty() || ALIASES.matcher(text).find()) {
                continue;
            }
            for (Case c : cases(doc)) {
                checked++;
                try {
                    c.check(text);
                } catch (AssertionError | RuntimeException e) {
                    failures.add(root.relativize(file) + " " + c + ": " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
        }
        assertTrue(checked > 500, "too few edits checked: " + checked);
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " edits failed:\n"
                + String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
    }

    private record Case(String op, YamlPath path, String value) {
        void check(String text) {
            YamlEditor editor = YamlEditor.of(text);
            Object expected = Fixture.plain(editor.document());
            List<TextEdit> edits;
            switch (op) {
                case "set" -> {
                    edits = editor.setString(path, value);
                    Fixture.put(expected, path, "STRING:" + value);
                }
                case "remove" -> {
                    edits = editor.remove(path);
                    Fixture.delete(expected, path);
                }
                default -> {
                    edits = editor.append(path, YamlValue.strings("name", value));
                    @SuppressWarnings("unchecked")
                    List<Object> list = (List<Object>) Fixture.container(expected, path);
                    list.add(new java.util.LinkedHashMap<>(java.util.Map.of("name", "STRING:" + value)));
                }
            }
            YamlDocument after = Fixture.apply(text, edits, toString());
            if (expected instanceof java.util.Map<?, ?> m && m.isEmpty()) {
                // the only key of the file is gone: nothing (or only comments) is left
                assertTrue(after.root().isEmpty() || after.root().get().isNull(), toString());
                return;
            }
            assertEquals(expected, Fixture.plain(after), toString());
        }

        @Override
        public String toString() {
            return op + " " + path + (value == null ? "" : " = " + value.replace("\n", "\\n"));
        }
    }

    private static List<Case> cases(YamlDocument doc) {
        List<Case> out = new ArrayList<>();
        List<YamlPath> scalars = new ArrayList<>();
        List<YamlPath> keys = new ArrayList<>();
        List<YamlPath> lists = new ArrayList<>();
        Fixture.walk(doc.root().orElseThrow(), YamlPath.ROOT, (p, n) -> {
            if (p.isRoot()) {
                return;
            }
            if (n instanceof YamlScalar) {
                scalars.add(p);
            }
            if (p.last() instanceof YamlPath.Key || p.last() instanceof YamlPath.Index) {
                keys.add(p);
            }
            if (n instanceof YamlSequence q && (q.items().isEmpty() || q.items().getFirst() instanceof YamlMapping)) {
                lists.add(p);
            }
        });
        String[] values = {"yes", "a: b # c", "two\nlines"};
        for (int i = 0; i < Math.min(PER_FILE, scalars.size()); i++) {
            YamlPath p = scalars.get(i * scalars.size() / Math.min(PER_FILE, scalars.size()));
            out.add(new Case("set", p, values[i % values.length]));
        }
        for (int i = 0; i < Math.min(PER_FILE, keys.size()); i++) {
            out.add(new Case("remove", keys.get(i * keys.size() / Math.min(PER_FILE, keys.size())), null));
        }
        for (YamlPath p : lists.subList(0, Math.min(5, lists.size()))) {
            out.add(new Case("append", p, "new_item"));
        }
        return out;
    }
}
