package dev.steward.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineageCommandTest {

    /** raw.payments -> stg_payments -> fct_revenue -> finance_dashboard, with a test on stg_payments. */
    static final String MANIFEST = """
            {"metadata": {"dbt_schema_version": "https://schemas.getdbt.com/dbt/manifest/v11.json"},
             "nodes": {
               "model.app.stg_payments": {"resource_type": "model", "name": "stg_payments", "database": "db", "schema": "stg",
                 "alias": "stg_payments", "depends_on": {"nodes": ["source.app.raw.payments"]}},
               "model.app.fct_revenue": {"resource_type": "model", "name": "fct_revenue", "database": "db", "schema": "marts",
                 "alias": "fct_revenue", "depends_on": {"nodes": ["model.app.stg_payments"]}},
               "test.app.unique_stg_payments_id.9f8e": {"resource_type": "test", "name": "unique_stg_payments_id",
                 "depends_on": {"nodes": ["model.app.stg_payments"]}}},
             "sources": {"source.app.raw.payments": {"resource_type": "source", "name": "payments", "source_name": "raw",
               "database": "db", "schema": "raw", "identifier": "payments"}},
             "exposures": {"exposure.app.finance_dashboard": {"resource_type": "exposure", "name": "finance_dashboard",
               "depends_on": {"nodes": ["model.app.fct_revenue"]}}}}
            """;

    static final String CONTRACT = """
            apiVersion: v3.0.2
            kind: DataContract
            id: payments
            name: Payments ledger
            version: 2.1.0
            status: active
            schema:
              - name: payments
                physicalName: raw.payments
                properties:
                  - name: amount
                    logicalType: number
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void workspace() throws IOException {
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/manifest.json"), MANIFEST);
        Files.writeString(dir.resolve("payments.yaml"), CONTRACT);
    }

    private CliRun lineage(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "lineage";
        all[1] = "--workspace";
        all[2] = dir.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }

    private static Set<String> ids(JsonNode json) {
        Set<String> out = new TreeSet<>();
        json.path("nodes").forEach(n -> out.add(n.path("id").asText()));
        return out;
    }

    @Test
    void jsonListsWorkspaceAndManifestNodesWithoutTestsOrProperties() throws IOException {
        CliRun run = lineage();

        assertEquals(0, run.exitCode(), run.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(Set.of("contract:payments", "contract:payments/payments", "source.app.raw.payments",
                "model.app.stg_payments", "model.app.fct_revenue", "exposure.app.finance_dashboard"), ids(json));
        JsonNode source = json.path("nodes").findParents("id").stream()
                .filter(n -> n.path("id").asText().equals("source.app.raw.payments")).findFirst().orElseThrow();
        assertEquals("source", source.path("kind").asText());
        assertEquals("raw.payments", source.path("name").asText());
        assertTrue(json.path("edges").findParents("from").stream().anyMatch(e -> e.path("from").asText().equals("contract:payments/payments")
                && e.path("to").asText().equals("source.app.raw.payments") && e.path("kind").asText().equals("describes")), run.out());
        assertEquals("", run.err());
    }

    @Test
    void testsAndColumnsOnRequest() throws IOException {
        JsonNode json = new ObjectMapper().readTree(lineage("--tests", "--columns").out());

        assertTrue(ids(json).contains("test.app.unique_stg_payments_id.9f8e"));
        assertTrue(ids(json).contains("contract:payments/payments/amount"));
    }

    @Test
    void focusKeepsTheHopsAskedFor() throws IOException {
        CliRun run = lineage("--focus", "stg_payments", "--up", "0", "--down", "1");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(Set.of("model.app.stg_payments", "model.app.fct_revenue"), ids(new ObjectMapper().readTree(run.out())));
    }

    @Test
    void aFocusOnAPropertyShowsColumns() throws IOException {
        CliRun run = lineage("--focus", "contract:payments/payments/amount", "--up", "0", "--down", "1");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(Set.of("contract:payments/payments/amount", "contract:payments/payments"),
                ids(new ObjectMapper().readTree(run.out())));
    }

    @Test
    void dotAndMermaid() {
        CliRun dot = lineage("--format", "dot");
        CliRun mermaid = lineage("--format", "mermaid", "--focus", "model.app.fct_revenue");

        assertEquals(0, dot.exitCode(), dot.toString());
        assertTrue(dot.out().startsWith("digraph lineage {"), dot.out());
        assertTrue(dot.out().contains("\"source.app.raw.payments\" -> \"model.app.stg_payments\";"), dot.out());
        assertEquals(0, mermaid.exitCode(), mermaid.toString());
        assertEquals("""
                flowchart LR
                  %% model model.app.stg_payments
                  n0["stg_payments"]
                  %% model model.app.fct_revenue
                  n1["fct_revenue"]
                  %% exposure exposure.app.finance_dashboard
                  n2[/"finance_dashboard"/]
                  n0 --> n1
                  n1 --> n2
                """, mermaid.out());
    }

    @Test
    void anUnknownFocusSuggestsCloseIds() {
        CliRun run = lineage("--focus", "stg_paymnts");

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("steward lineage: no node 'stg_paymnts' in the lineage; did you mean 'model.app.stg_payments'?\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void workspaceProblemsAreWarningsAndTheGraphIsStillPrinted() throws IOException {
        Files.writeString(dir.resolve("copy.yaml"), CONTRACT);

        CliRun run = lineage();

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("steward lineage: warning: " + dir.resolve("payments.yaml")
                + ": another contract has the id 'payments'; this one is left out"), run.err());
        assertTrue(ids(new ObjectMapper().readTree(run.out())).contains("contract:payments"));
    }

    @Test
    void aMissingManifestIsBadInput() {
        CliRun run = lineage("--manifest", dir.resolve("nope.json").toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("nope.json: no such file"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void openLineageEventsAreImported() throws IOException {
        Path events = Files.writeString(dir.resolve("events.json"), """
                [{"eventType": "COMPLETE", "job": {"namespace": "spark", "name": "ml_features"},
                  "inputs": [{"namespace": "postgres://db", "name": "db.marts.fct_revenue"}],
                  "outputs": [{"namespace": "s3://ml", "name": "features"}]}]
                """);
        CliRun run = lineage("--openlineage", events.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(ids(new ObjectMapper().readTree(run.out())).containsAll(Set.of("job:spark:ml_features", "dataset:s3://ml:features")));
        assertTrue(run.out().contains("\"from\" : \"model.app.fct_revenue\",\n    \"to\" : \"job:spark:ml_features\""), run.out());
    }
}
