package dev.steward.model.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.contract.dcs.DcsSchemaChecker;
import dev.steward.model.contract.odcs.OdcsSchemaChecker;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.yaml.YamlParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchFuzzTest {
    @Test
    void fuzz() throws Exception {
        Path m = Path.of("/tmp/fuzz/manifest.json");
        if (!Files.exists(m)) return;
        int mismatches = 0, total = 0;
        for (JsonNode f : new ObjectMapper().readTree(m.toFile())) {
            Path p = Path.of(f.get("path").asText());
            var doc = new YamlParser().parse(p, Files.readString(p));
            if (doc.hasErrors()) continue;
            total++;
            var ds = f.get("kind").asText().equals("ODCS") ? new OdcsSchemaChecker().check(doc) : new DcsSchemaChecker().check(doc);
            var errs = ds.stream().filter(d -> d.severity() == Severity.ERROR).toList();
            if (total % 97 == 0 && !ds.isEmpty()) System.out.println("SAMPLE " + ds.getFirst().message() + (ds.getFirst().fixes().isEmpty() ? "" : "   [fix: " + ds.getFirst().fixes().getFirst().title() + "]"));
            if (errs.isEmpty() != f.get("valid").asBoolean()) {
                mismatches++;
                System.out.println("MISMATCH " + p + " " + f.get("kind").asText() + " " + f.get("version").asText() + " expected valid=" + f.get("valid").asBoolean()
                        + "\n   oracle: " + f.get("errors") + "\n   ours: " + (errs.isEmpty() ? "none" : errs.subList(0, Math.min(3, errs.size()))));
            }
        }
        System.out.println("FUZZ total=" + total + " mismatches=" + mismatches);
    }
}
