package dev.steward.model.contract.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlParser;
import org.junit.jupiter.api.Test;

class YamlEditsTest {

    private static String append(String text, YamlMapping m, String key, String value, YamlDocument doc) {
        return YamlEdits.appendEntry(doc.lines(), m, key, value).orElseThrow().applyTo(text);
    }

    @Test
    void appendsAfterANestedBlockAtTheMappingIndentation() {
        String text = "a: 1\nb:\n  c: 2\n  d:\n    - x\n# trailing comment\ne: 3\n";
        YamlDocument doc = new YamlParser().parse(text);
        YamlMapping b = doc.rootMapping().orElseThrow().mapping("b").orElseThrow();
        assertEquals("a: 1\nb:\n  c: 2\n  d:\n    - x\n  f: new\n# trailing comment\ne: 3\n", append(text, b, "f", "new", doc));
    }

    @Test
    void appendsInsideAListItemMapping() {
        String text = "items:\n  - name: a\n    kind: b\n  - name: c\n";
        YamlDocument doc = new YamlParser().parse(text);
        YamlMapping first = (YamlMapping) doc.rootMapping().orElseThrow().sequence("items").orElseThrow().get(0);
        assertEquals("items:\n  - name: a\n    kind: b\n    size: 1\n  - name: c\n", append(text, first, "size", "1", doc));
    }

    @Test
    void flowMappingsGetNoEdit() {
        YamlDocument doc = new YamlParser().parse("a: {b: 1}\n");
        assertTrue(YamlEdits.appendEntry(doc.lines(), doc.rootMapping().orElseThrow().mapping("a").orElseThrow(), "c", "2")
                .isEmpty());
    }
}
