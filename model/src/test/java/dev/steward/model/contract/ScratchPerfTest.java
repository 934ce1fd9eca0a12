package dev.steward.model.contract;

import dev.steward.model.contract.odcs.OdcsSchemaChecker;
import dev.steward.model.yaml.YamlParser;
import org.junit.jupiter.api.Test;

class ScratchPerfTest {
    @Test
    void perf() {
        StringBuilder b = new StringBuilder("apiVersion: v3.1.0\nkind: DataContract\nid: x\nversion: 1.0.0\nstatus: active\nschema:\n");
        int lines = 6;
        for (int t = 0; lines < 5000; t++) {
            b.append("  - name: table_").append(t).append("\n    physicalType: table\n    properties:\n");
            lines += 3;
            for (int p = 0; p < 30; p++) {
                b.append("      - name: col_").append(p).append("\n        logicalType: string\n        required: true\n")
                 .append("        description: a column\n        logicalTypeOptions:\n          maxLength: 20\n")
                 .append("        quality:\n          - metric: nullValues\n            mustBe: 0\n");
                lines += 10;
            }
        }
        String text = b.toString();
        YamlParser parser = new YamlParser();
        OdcsSchemaChecker checker = new OdcsSchemaChecker();
        for (int round = 0; round < 30; round++) {
            long t0 = System.nanoTime();
            var doc = parser.parse(text);
            long t1 = System.nanoTime();
            var ds = checker.check(doc);
            long t2 = System.nanoTime();
            if (round % 5 == 4) System.out.printf("lines=%d parse=%.1fms check=%.1fms diags=%d%n", text.split("\n").length, (t1 - t0) / 1e6, (t2 - t1) / 1e6, ds.size());
        }
    }
}
