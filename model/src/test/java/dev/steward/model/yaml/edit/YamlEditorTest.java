package dev.steward.model.yaml.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.text.TextEdit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact results of edits on small texts: what a reviewer of the diff would see. */
class YamlEditorTest {

    private static String edit(String text, java.util.function.Function<YamlEditor, List<TextEdit>> op) {
        List<TextEdit> edits = op.apply(YamlEditor.of(text));
        String after = TextEdit.applyAll(text, edits);
        assertTrue(Fixture.parse(after).problems().isEmpty(), () -> "does not parse:\n" + after);
        return after;
    }

    @Test
    void replacesAScalarAndKeepsTheCommentBesideIt() {
        String text = "name: Orders\nversion: 1.0.0 # bump on breaking change\n";
        assertEquals("name: Orders\nversion: 1.1.0 # bump on breaking change\n",
                edit(text, e -> e.setString(YamlPath.parse("version"), "1.1.0")));
    }

    @Test
    void keepsTheQuoteStyleOfTheOldValue() {
        String text = "a: 'x'\nb: \"y\"\nc: z\n";
        assertEquals("a: 'it''s'\nb: \"say \\\"hi\\\"\"\nc: z\n", edit(edit(text,
                e -> e.setString(YamlPath.parse("a"), "it's")), e -> e.setString(YamlPath.parse("b"), "say \"hi\"")));
    }

    @Test
    void quotesValuesThatYaml11WouldReadAsSomethingElse() {
        String text = "status: draft\n";
        assertEquals("status: 'yes'\n", edit(text, e -> e.setString(YamlPath.parse("status"), "yes")));
        assertEquals("status: '1.10'\n", edit(text, e -> e.setString(YamlPath.parse("status"), "1.10")));
        assertEquals("status: ''\n", edit(text, e -> e.setString(YamlPath.parse("status"), "")));
        assertEquals("status: 'a: b'\n", edit(text, e -> e.setString(YamlPath.parse("status"), "a: b")));
        assertEquals("status: 'null'\n", edit(text, e -> e.setString(YamlPath.parse("status"), "null")));
        assertEquals("status: '2024-01-01'\n", edit(text, e -> e.setString(YamlPath.parse("status"), "2024-01-01")));
    }

    @Test
    void typedSettersWritePlainScalarsEvenOverQuotedOnes() {
        String text = "required: 'true'\nposition: \"1\"\n";
        String after = edit(edit(text, e -> e.setBoolean(YamlPath.parse("required"), true)),
                e -> e.setNumber(YamlPath.parse("position"), 2));
        assertEquals("required: true\nposition: 2\n", after);
    }

    @Test
    void writesMultiLineValuesAsLiteralBlocks() {
        String text = "description:\n  purpose: short # why\n  usage: x\n";
        assertEquals("description:\n  purpose: |- # why\n    first\n    second\n  usage: x\n",
                edit(text, e -> e.setString(YamlPath.parse("description.purpose"), "first\nsecond")));
    }

    @Test
    void addsAKeyInsideAListItemAtTheColumnOfItsKeys() {
        String text = "schema:\n  - name: orders\n    properties:\n      - name: id\n        logicalType: string\n# next\nother: 1\n";
        assertEquals("schema:\n  - name: orders\n    properties:\n      - name: id\n        logicalType: string\n"
                        + "        required: true\n# next\nother: 1\n",
                edit(text, e -> e.setBoolean(YamlPath.parse("schema[name=orders].properties[0].required"), true)));
    }

    @Test
    void aNullParentBecomesABlock() {
        String text = "description:   # to do\nname: x\n";
        assertEquals("description:   # to do\n  purpose: Sales\nname: x\n",
                edit(text, e -> e.setString(YamlPath.parse("description.purpose"), "Sales")));
        assertEquals("support:\n  channel: x\n", edit("support: ~\n", e -> e.setString(YamlPath.parse("support.channel"), "x")));
    }

    @Test
    void addsToFlowMappingsInline() {
        assertEquals("c: {host: h, port: 1}\n", edit("c: {host: h}\n", e -> e.setNumber(YamlPath.parse("c.port"), 1)));
    }

    @Test
    void removesAKeyWithItsBlockButNotTheCommentAboveTheNextKey() {
        String text = "a: 1\nb:\n  c: 2\n  # about c\n# about d\nd: 3\n";
        assertEquals("a: 1\n# about d\nd: 3\n", edit(text, e -> e.remove(YamlPath.parse("b"))));
    }

    @Test
    void removingTheFirstKeyOfAListItemMovesTheNextKeyBesideTheDash() {
        String text = "l:\n  - name: x\n    type: y\n";
        assertEquals("l:\n  - type: y\n", edit(text, e -> e.remove(YamlPath.parse("l[0].name"))));
    }

    @Test
    void removingTheLastItemLeavesAnEmptyList() {
        String text = "quality: # rules\n  - type: sql\nname: x\n";
        assertEquals("quality: [] # rules\nname: x\n", edit(text, e -> e.remove(YamlPath.parse("quality[0]"))));
    }

    @Test
    void appendsAMappingItemInTheStyleOfItsSiblings() {
        String text = "sla:\n- property: latency\n  value: 4\nname: x\n";
        assertEquals("sla:\n- property: latency\n  value: 4\n- property: retention\n  value: '3'\nname: x\n",
                edit(text, e -> e.append(YamlPath.parse("sla"), YamlValue.strings("property", "retention", "value", "3"))));
    }

    @Test
    void appendingToAMissingOrEmptyListCreatesABlockList() {
        String text = "name: x\nproperties: []\n";
        assertEquals("name: x\nproperties:\n  - name: id\n", edit(text,
                e -> e.append(YamlPath.parse("properties"), YamlValue.strings("name", "id"))));
        assertEquals("name: x\nproperties: []\ntags:\n  - a\n", edit(text,
                e -> e.append(YamlPath.parse("tags"), YamlValue.string("a"))));
    }

    @Test
    void renamesAKeyOnly() {
        assertEquals("mustBeLessThan: 5 # limit\n", edit("mustBe: 5 # limit\n",
                e -> e.rename(YamlPath.parse("mustBe"), "mustBeLessThan")));
    }

    @Test
    void keepsWindowsLineEndings() {
        String text = "a:\r\n  b: 1\r\n";
        assertEquals("a:\r\n  b: 1\r\n  c: x\r\n", edit(text, e -> e.setString(YamlPath.parse("a.c"), "x")));
    }

    @Test
    void refusesEditsItCannotMakeWithAClearMessage() {
        YamlEditor editor = YamlEditor.of("name: x\nlist:\n  - a\n");
        YamlEditException notAMapping = assertThrows(YamlEditException.class,
                () -> editor.setString(YamlPath.parse("name.first"), "y"));
        assertTrue(notAMapping.getMessage().contains("'name'") && notAMapping.getMessage().contains("not a mapping"),
                notAMapping.getMessage());
        YamlEditException noItem = assertThrows(YamlEditException.class, () -> editor.setString(YamlPath.parse("list[3]"), "y"));
        assertTrue(noItem.getMessage().contains("append"), noItem.getMessage());
        assertThrows(YamlEditException.class, () -> editor.remove(YamlPath.parse("missing")));
        assertThrows(YamlEditException.class, () -> YamlEditor.of("a: [\n"));
    }

    @Test
    void aNullValueKeepsTheKey() {
        assertEquals("support: null # later\n", edit("support: '#team' # later\n",
                e -> e.set(YamlPath.parse("support"), YamlValue.nullValue())));
    }

    @Test
    void startsAnEmptyDocument() {
        assertEquals("# new\nname: x\n", edit("# new\n", e -> e.setString(YamlPath.parse("name"), "x")));
    }
}
