package dev.steward.model.contract;

import dev.steward.model.contract.dcs.DcsSchemaChecker;
import dev.steward.model.contract.odcs.OdcsSchemaChecker;
import dev.steward.model.testing.Corpus;
import dev.steward.model.yaml.YamlParser;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        for (var c : ContractConformanceTest.cases(Corpus.require())) {
            var doc = new YamlParser().parse(c.file(), Files.readString(c.file()));
            var ds = c.kind().equals("ODCS") ? new OdcsSchemaChecker().check(doc) : new DcsSchemaChecker().check(doc);
            if (ds.isEmpty()) continue;
            System.out.println("## " + c.file().toString().replace("/work/wt/shared/corpus/", "") + " valid=" + c.valid());
            ds.forEach(d -> System.out.println("   " + d.line() + ":" + d.column() + " " + d.severity() + " [" + d.rule() + "] " + d.message() + (d.fixes().isEmpty() ? "" : "  FIX: " + d.fixes().getFirst().title())));
        }
    }
}
