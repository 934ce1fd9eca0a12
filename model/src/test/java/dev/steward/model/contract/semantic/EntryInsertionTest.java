package dev.steward.model.contract.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntryInsertionTest {

    private static String insertAfter(String text, String anchorKey) {
        YamlDocument doc = new YamlParser().parse(text);
        YamlMapping field = doc.rootMapping().orElseThrow().mapping("field").orElseThrow();
        Optional<TextEdit> edit = EntryInsertion.after(doc, field, field.entry(anchorKey).orElseThrow(), "pii: true");
        return edit.map(e -> TextEdit.applyAll(text, List.of(e))).orElse("<no edit>");
    }

    @Test
    void blockMappingGetsANewLineAtTheAnchorsIndentation() {
        assertEquals("field:\n  name: email  # note\n  pii: true\n  type: string\n",
                insertAfter("field:\n  name: email  # note\n  type: string\n", "name"));
    }

    @Test
    void aMultiLineValueIsSkippedOverAndCrlfIsKept() {
        assertEquals("field:\r\n  description: |\r\n    two\r\n    lines\r\n  pii: true\r\n  type: string\r\n",
                insertAfter("field:\r\n  description: |\r\n    two\r\n    lines\r\n  type: string\r\n", "description"));
    }

    @Test
    void aFlowMappingGetsTheEntryBeforeItsBrace() {
        assertEquals("field: {name: email, type: string, pii: true}\n",
                insertAfter("field: {name: email, type: string}\n", "name"));
    }

    @Test
    void theLastLineOfAFileWithoutNewlineWorks() {
        assertEquals("field:\n  name: email\n  pii: true", insertAfter("field:\n  name: email", "name"));
    }
}
