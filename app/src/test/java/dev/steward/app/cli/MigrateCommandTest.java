package dev.steward.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateCommandTest {

    static final String DCS = LintCommandTest.DCS + """
              status: active
            models:
              customers:
                fields:
                  id:
                    type: long
                    required: true
                    lineage:
                      inputFields: []
            """;

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesBesideTheInputAndListsLosses() throws IOException {
        Path input = Files.writeString(dir.resolve("customers.datacontract.yaml"), DCS);

        CliRun run = CliRun.of("migrate", input.toString());

        assertEquals(0, run.exitCode(), run.toString());
        Path out = dir.resolve("customers.odcs.yaml");
        assertEquals(List.of("customers.datacontract.yaml", "customers.odcs.yaml"), names(), "no temporary left behind");
        String odcs = Files.readString(out);
        assertTrue(odcs.startsWith("apiVersion: v3.1.0\nkind: DataContract\nid: customers\n"), odcs);
        assertTrue(run.out().contains("Wrote " + out), run.out());
        assertTrue(run.out().contains("models.customers.fields.id.lineage: not carried over"), run.out());
    }

    @Test
    void theResultLintsAsOdcs() throws IOException {
        Path input = Files.writeString(dir.resolve("c.yaml"), DCS);
        Path out = dir.resolve("out/c.odcs.yaml");

        assertEquals(0, CliRun.of("migrate", input.toString(), "-o", out.toString()).exitCode());
        CliRun lint = CliRun.of("lint", "--format", "json", out.toString());

        assertEquals(0, lint.exitCode(), lint.toString());
        assertTrue(lint.out().contains("\"kind\" : \"odcs\""), lint.out());
    }

    @Test
    void refusesToOverwriteWithoutForce() throws IOException {
        Path input = Files.writeString(dir.resolve("c.yaml"), DCS);
        Path out = Files.writeString(dir.resolve("c.odcs.yaml"), "precious\n");

        CliRun refused = CliRun.of("migrate", input.toString());
        assertEquals(2, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("already exists; use --force"), refused.err());
        assertEquals("precious\n", Files.readString(out));

        CliRun forced = CliRun.of("migrate", "--force", input.toString());
        assertEquals(0, forced.exitCode(), forced.toString());
        assertTrue(Files.readString(out).startsWith("apiVersion: v3.1.0"));
    }

    @Test
    void rejectsInputThatIsNotDcs() throws IOException {
        Path odcs = Files.writeString(dir.resolve("x.yaml"), "apiVersion: v3.1.0\nkind: DataContract\nid: x\n");

        CliRun run = CliRun.of("migrate", odcs.toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("is not a Data Contract Specification file (it is Data contract (ODCS))"), run.err());
        assertEquals(List.of("x.yaml"), names());
    }

    @Test
    void aMissingInputExitsTwoWithoutStackTrace() {
        CliRun run = CliRun.of("migrate", dir.resolve("nope.yaml").toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("steward migrate: File not found: " + dir.resolve("nope.yaml") + "\n", run.err());
    }

    @Test
    void brokenYamlIsReportedWithItsPositionAndNothingIsWritten() throws IOException {
        Path input = Files.writeString(dir.resolve("b.yaml"), "dataContractSpecification: 1.2.1\nid: b\ninfo:\n  title: a: b\n");

        CliRun run = CliRun.of("migrate", input.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith(input + ":4:11: error [yaml-syntax]"), run.err());
        assertFalse(Files.exists(dir.resolve("b.odcs.yaml")));
    }

    @Test
    void defaultOutputNames() {
        assertEquals(Path.of("a/orders.odcs.yaml"), dev.steward.model.contract.migration.DcsToOdcsMigrator.defaultTarget(Path.of("a/orders.datacontract.yaml")));
        assertEquals(Path.of("orders.odcs.yaml"), dev.steward.model.contract.migration.DcsToOdcsMigrator.defaultTarget(Path.of("orders.yml")));
        assertEquals(Path.of("datacontract.odcs.yaml"), dev.steward.model.contract.migration.DcsToOdcsMigrator.defaultTarget(Path.of("datacontract.yaml")));
    }
}
