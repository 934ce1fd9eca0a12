package dev.steward.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.contract.odcs.OdcsSchemaChecker;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A contract of several thousand lines is checked completely, and one slip in it is found exactly. */
class LargeContractTest {

    private static String contract(int tables) {
        StringBuilder b = new StringBuilder("apiVersion: v3.1.0\nkind: DataContract\nid: big\nversion: 1.0.0\nstatus: active\nschema:\n");
        for (int t = 0; t < tables; t++) {
            b.append("  - name: table_").append(t).append("\n    physicalType: table\n    properties:\n");
            for (int p = 0; p < 30; p++) {
                b.append("      - name: col_").append(p).append("\n        logicalType: string\n        required: true\n")
                        .append("        logicalTypeOptions:\n          maxLength: 20\n")
                        .append("        quality:\n          - metric: nullValues\n            mustBe: 0\n");
            }
        }
        return b.toString();
    }

    @Test
    void aFiveThousandLineContractHasNoFalseAlarmAndItsOneSlipIsFound() {
        String text = contract(21);
        YamlDocument doc = new YamlParser().parse(text);
        assertTrue(doc.lines().lineCount() > 5000, "lines: " + doc.lines().lineCount());
        assertEquals(List.of(), new OdcsSchemaChecker().check(doc));

        int at = text.indexOf("maxLength: 20", text.length() / 2);
        String slipped = text.substring(0, at) + "maxLenght: 20" + text.substring(at + "maxLength: 20".length());
        YamlDocument slippedDoc = new YamlParser().parse(slipped);
        List<Diagnostic> found = new OdcsSchemaChecker().check(slippedDoc);
        assertEquals(1, found.size(), found::toString);
        assertEquals(slippedDoc.lines().lineOf(at), found.getFirst().line());
        assertTrue(found.getFirst().message().contains("did you mean 'maxLength'?"), found.getFirst().message());
    }
}
