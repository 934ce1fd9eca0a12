package dev.steward.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.completion.CompletionItem;
import dev.steward.model.contract.odcs.OdcsSchema;
import dev.steward.model.text.TextEdit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractCompletionProviderTest {

    private final ContractCompletionProvider provider = new ContractCompletionProvider();

    /** Completes at the '|' of {@code textWithCursor}. */
    private List<CompletionItem> at(String textWithCursor) {
        int cursor = textWithCursor.indexOf('|');
        return provider.complete(textWithCursor.replace("|", ""), cursor);
    }

    private static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::label).toList();
    }

    @Test
    void rootKeysExcludeThosePresentAndPutRequiredOnesFirst() {
        List<CompletionItem> items = at("apiVersion: v3.1.0\nkind: DataContract\n|\nschema: []\n");
        List<String> labels = labels(items);
        assertEquals(List.of("id", "version", "status"), labels.subList(0, 3));
        assertFalse(labels.contains("kind"));
        assertFalse(labels.contains("schema"), "a key present below the cursor is not offered again");
        assertTrue(labels.contains("team"));
        assertEquals("required, a string", items.getFirst().detail());
    }

    @Test
    void keysOfASchemaPropertyCompleteThePartialWord() {
        String text = "apiVersion: v3.1.0\nkind: DataContract\nschema:\n  - name: orders\n    properties:\n      - name: id\n        logi|\n";
        List<CompletionItem> items = at(text);
        assertEquals(List.of("logicalType", "logicalTypeOptions"), labels(items));
        String plain = text.replace("|", "");
        CompletionItem first = items.getFirst();
        String applied = TextEdit.replace(first.replaceStart(), first.replaceEnd(), first.insertText()).applyTo(plain);
        assertTrue(applied.contains("\n        logicalType: \n"), applied);
    }

    @Test
    void aListOfObjectsOpensItsFirstItemOnTheNextLine() {
        String text = "apiVersion: v3.1.0\nkind: DataContract\nschema:\n  - name: orders\n    prop|\n";
        CompletionItem item = at(text).getFirst();
        assertEquals("properties", item.label());
        String applied = TextEdit.replace(item.replaceStart(), item.replaceEnd(), item.insertText()).applyTo(text.replace("|", ""));
        assertTrue(applied.endsWith("    properties:\n      - \n"), applied);
    }

    @Test
    void enumValuesAreOfferedAtTheValueOfAnEnumKey() {
        String text = "apiVersion: v3.0.2\nkind: DataContract\nschema:\n  - name: orders\n    properties:\n      - name: id\n        logicalType: |\n";
        List<String> values = labels(at(text));
        assertEquals(List.of("string", "date", "number", "integer", "object", "array", "boolean"), values,
                "v3.0.2 has no timestamp");
        assertEquals(List.of("integer"), labels(at(text.replace("logicalType: |", "logicalType: int|"))));
    }

    @Test
    void serverKeysFollowTheServerType() {
        List<String> labels = labels(at("apiVersion: v3.1.0\nkind: DataContract\nservers:\n  - server: prod\n    type: postgres\n    |\n"));
        assertEquals(List.of("host", "port", "database", "schema"), labels.subList(0, 4));
        assertFalse(labels.contains("account"));
        assertTrue(labels(at("apiVersion: v3.1.0\nkind: DataContract\nservers:\n  - server: prod\n    type: pos|\n"))
                .containsAll(List.of("postgres", "postgresql")));
    }

    @Test
    void aNewListItemOffersTheKeysOfItsObject() {
        List<String> labels = labels(at("apiVersion: v3.1.0\nkind: DataContract\nschema:\n  - name: a\n  - |\n"));
        assertTrue(labels.contains("name"));
        assertTrue(labels.contains("properties"));
    }

    @Test
    void apiVersionValuesAreTheSupportedVersionsNewestFirst() {
        assertEquals(List.of("v3.2.0", "v3.1.0", "v3.0.2", "v3.0.1", "v3.0.0"), labels(at("apiVersion: |\nkind: DataContract\n")));
    }

    @Test
    void completionWorksWhileTheYamlDoesNotParse() {
        String broken = "apiVersion: v3.1.0\nkind: DataContract\ndescription: \"unclosed\nschema:\n  - name: orders\n    qual|\n";
        assertEquals(List.of("quality"), labels(at(broken)));
    }

    @Test
    void dcsModelsAndFieldsAreCompletedThroughNameMaps() {
        String text = "dataContractSpecification: 1.2.1\nid: x\nmodels:\n  orders:\n    fields:\n      id:\n        type: |\n";
        List<String> values = labels(at(text));
        assertTrue(values.containsAll(List.of("string", "timestamp_tz", "variant")), values.toString());
        assertTrue(labels(at(text.replace("type: |", "requ|"))).contains("required"));
    }

    @Test
    void freeTextKeysOfferTheValuesTheStandardRecommends() {
        assertEquals(List.of("draft"), labels(at("apiVersion: v3.1.0\nkind: DataContract\nstatus: dr|\n")));
    }

    @Test
    void logicalTypeOptionsFollowTheLogicalTypeOfTheirProperty() {
        String text = "apiVersion: v3.1.0\nkind: DataContract\nschema:\n  - name: orders\n    properties:\n      - name: qty\n"
                + "        logicalType: integer\n        logicalTypeOptions:\n          |\n";
        List<String> keys = labels(at(text));
        assertTrue(keys.containsAll(List.of("minimum", "maximum", "format")), keys.toString());
        assertFalse(keys.contains("minLength"));
        assertEquals(List.of("i8", "i16", "i32", "i64", "i128"), labels(at(text.replace("          |", "          format: i|"))));
    }

    @Test
    void formViewsCanAskForTheKeysOfAPath() {
        List<String> keys = ContractCompletionProvider.keysAt(OdcsSchema.current(), List.of("schema", "-", "quality", "-"));
        assertTrue(keys.containsAll(List.of("metric", "query", "engine", "mustBe", "dimension")), keys.toString());
        assertEquals(List.of("accuracy", "completeness", "conformity", "consistency", "coverage", "timeliness", "uniqueness"),
                ContractCompletionProvider.valuesAt(OdcsSchema.current(), List.of("schema", "-", "quality", "-"), "dimension"));
    }
}
