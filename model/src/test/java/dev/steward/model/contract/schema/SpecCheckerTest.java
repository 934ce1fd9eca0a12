package dev.steward.model.contract.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlScalar;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine on a small hand-written standard with two versions. */
class SpecCheckerTest {

    private static Spec spec(String version) {
        boolean v2 = version.equals("2.0.0");
        ObjectType item = new ObjectType("Item", "an item", true)
                .field("name", ScalarShape.STRING)
                .field("kind", ScalarShape.oneOf(v2 ? List.of("a", "b", "c") : List.of("a", "b")))
                .require("name");
        item.variant(Variant.when("an item of kind b", "kind", "b").field("size", ScalarShape.INTEGER)
                .require("missing-size", "size").build());
        ObjectType root = new ObjectType("Root", "the document", true)
                .field("version", ScalarShape.STRING)
                .field("items", ListShape.of(item))
                .field("codes", new ListShape(ScalarShape.STRING, 0, Integer.MAX_VALUE, true))
                .field("labels", new MapShape("label", ScalarShape.STRING, TextPattern.of("^[a-z]+$", "lower-case letters"), 1))
                .field("note", new ChoiceShape(new ObjectType("Note", "a note", false).field("text", ScalarShape.STRING),
                        null, ScalarShape.STRING))
                .field(Field.of("open", new ObjectType("Open", "an open object", false).field("colour", ScalarShape.STRING)));
        if (v2) {
            root.field("extra", ScalarShape.BOOLEAN);
        }
        return Spec.of("TOY", "toy", Version.of(version), root);
    }

    private static final SpecFamily FAMILY = new SpecFamily(List.of(spec("1.0.0"), spec("2.0.0")));

    private static List<Diagnostic> check(String text) {
        YamlDocument doc = new YamlParser().parse(text);
        Problems problems = new Problems(doc, "toy");
        YamlScalar version = (YamlScalar) doc.rootMapping().orElseThrow().get("version").orElseThrow();
        new SpecChecker(FAMILY.find(version.value()).orElseThrow(), FAMILY, problems, version, "version")
                .checkDocument(doc.root().orElseThrow());
        return problems.all();
    }

    private static Diagnostic single(String text) {
        List<Diagnostic> all = check(text);
        assertEquals(1, all.size(), all::toString);
        return all.getFirst();
    }

    @Test
    void variantRequirementsApplyOnlyWhenTheirConditionHolds() {
        assertEquals(List.of(), check("version: 1.0.0\nitems:\n  - name: x\n    kind: a\n"));
        Diagnostic d = single("version: 1.0.0\nitems:\n  - name: x\n    kind: b\n");
        assertEquals("toy-missing-size", d.rule());
        Diagnostic wrongPlace = single("version: 1.0.0\nitems:\n  - name: x\n    kind: a\n    size: 3\n");
        assertEquals("'size' is not allowed in this item: it belongs to an item of kind b. Allowed keys: name, kind",
                wrongPlace.message());
    }

    @Test
    void uniqueListsReportTheRepeatedItem() {
        String text = "version: 1.0.0\ncodes: [x, y, x]\n";
        Diagnostic d = single(text);
        assertEquals("toy-unique-items", d.rule());
        assertEquals(text.lastIndexOf('x'), d.range().startOffset(), "the repetition, not the first occurrence");
        assertEquals(List.of(), check("version: 1.0.0\ncodes: [x, y, '1']\n"));
    }

    @Test
    void nameMapsCheckTheirKeysAndSize() {
        Diagnostic name = single("version: 1.0.0\nlabels:\n  Bad: x\n");
        assertEquals("The name 'Bad' of a label must be lower-case letters", name.message());
        Diagnostic empty = single("version: 1.0.0\nlabels: {}\n");
        assertEquals("'labels' must define at least one label", empty.message());
    }

    @Test
    void choicesPickTheirBranchByNodeKind() {
        assertEquals(List.of(), check("version: 1.0.0\nnote: hello\n"));
        assertEquals(List.of(), check("version: 1.0.0\nnote:\n  text: hello\n"));
        assertEquals("'note' must be a mapping (a note) or a string, found a list", single("version: 1.0.0\nnote: [a]\n").message());
    }

    @Test
    void openObjectsAcceptUnknownKeysButWarnAboutTypos() {
        assertEquals(List.of(), check("version: 1.0.0\nopen:\n  shade: dark\n"));
        Diagnostic typo = single("version: 1.0.0\nopen:\n  color: dark\n");
        assertEquals(Severity.WARNING, typo.severity());
        assertTrue(typo.message().contains("did you mean 'colour'?"), typo.message());
    }

    @Test
    void constructsOfALaterVersionNameThatVersion() {
        Diagnostic key = single("version: 1.0.0\nextra: true\n");
        assertEquals("toy-version-construct", key.rule());
        assertEquals("'extra' in the document was introduced in TOY 2.0.0; this file declares version 1.0.0", key.message());
        Diagnostic value = single("version: 1.0.0\nitems:\n  - name: x\n    kind: c\n");
        assertEquals("toy-version-construct", value.rule());
        assertEquals(List.of(), check("version: 2.0.0\nextra: true\nitems:\n  - name: x\n    kind: c\n"));
    }

    @Test
    void aBadValueOfTheLatestVersionIsAPlainError() {
        Diagnostic d = single("version: 2.0.0\nitems:\n  - name: x\n    kind: d\n");
        assertEquals("toy-enum", d.rule());
        assertEquals("'d' is not an allowed kind; allowed: a, b, c", d.message());
    }
}
