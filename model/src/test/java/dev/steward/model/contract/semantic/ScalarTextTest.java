package dev.steward.model.contract.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlScalar;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScalarTextTest {

    private static YamlScalar scalar(YamlDocument doc) {
        return (YamlScalar) doc.rootMapping().orElseThrow().get("to").orElseThrow();
    }

    @Test
    void partsOfPlainAndQuotedValuesAreLocatedAndReplaced() {
        for (String text : List.of("to: orders.custmer_id\n", "to: 'orders.custmer_id'\n", "to: \"orders.custmer_id\"\n")) {
            YamlDocument doc = new YamlParser().parse(text);
            YamlScalar s = scalar(doc);
            var range = ScalarText.part(doc, s, 7, 17);
            assertEquals("custmer_id", text.substring(range.startOffset(), range.endOffset()));
            TextEdit edit = ScalarText.replacePart(doc, s, 7, 17, "customer_id").orElseThrow();
            assertEquals(text.replace("custmer_id", "customer_id"), TextEdit.applyAll(text, List.of(edit)));
        }
    }

    @Test
    void escapedValuesFallBackToTheWholeScalarWithoutEdit() {
        String text = "to: \"orders.\\u0063ustmer_id\"\n";
        YamlDocument doc = new YamlParser().parse(text);
        YamlScalar s = scalar(doc);
        assertEquals(s.range(), ScalarText.part(doc, s, 7, 17));
        assertTrue(ScalarText.replacePart(doc, s, 7, 17, "customer_id").isEmpty());
        assertTrue(ScalarText.changeTo(doc, s, 7, 17, "customer_id").isEmpty());
    }
}
