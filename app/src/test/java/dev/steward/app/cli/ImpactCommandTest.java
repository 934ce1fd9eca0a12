package dev.steward.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImpactCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void workspace() throws IOException {
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/manifest.json"), LineageCommandTest.MANIFEST);
        Files.writeString(dir.resolve("payments.yaml"), LineageCommandTest.CONTRACT);
    }

    @Test
    void listsDownstreamByKindWithOnePathEach() {
        CliRun run = CliRun.of("impact", "contract:payments/payments/amount", "--workspace", dir.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("""
                Downstream of contract:payments/payments/amount (property 'payments.amount'): 6 nodes

                Contracts (2)
                  contract:payments/payments  [schema_object]  payments.amount → payments
                  contract:payments  [contract]  payments.amount → payments → Payments ledger

                Exposures (1)
                  exposure.app.finance_dashboard  [exposure]  payments.amount → payments → raw.payments → stg_payments → fct_revenue → finance_dashboard

                dbt resources (3)
                  source.app.raw.payments  [source]  payments.amount → payments → raw.payments
                  model.app.stg_payments  [model]  payments.amount → payments → raw.payments → stg_payments
                  model.app.fct_revenue  [model]  payments.amount → payments → raw.payments → stg_payments → fct_revenue
                """, run.out());
    }

    @Test
    void jsonGivesEachNodeItsCategoryAndPath() throws IOException {
        CliRun run = CliRun.of("impact", "raw.payments", "--format", "json", "--workspace", dir.toString());

        assertEquals(0, run.exitCode(), run.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("source.app.raw.payments", json.path("focus").path("id").asText());
        assertEquals("downstream", json.path("direction").asText());
        assertEquals(3, json.path("nodes").size());
        JsonNode dashboard = json.path("nodes").get(2);
        assertEquals("exposure.app.finance_dashboard", dashboard.path("id").asText());
        assertEquals("exposures", dashboard.path("category").asText());
        assertEquals("[\"source.app.raw.payments\",\"model.app.stg_payments\",\"model.app.fct_revenue\",\"exposure.app.finance_dashboard\"]",
                dashboard.path("path").toString());
    }

    @Test
    void testsAreNotListed() {
        CliRun run = CliRun.of("impact", "stg_payments", "--workspace", dir.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("Downstream of model.app.stg_payments (model 'stg_payments'): 2 nodes"), run.out());
        assertTrue(!run.out().contains("unique_stg_payments_id"), run.out());
    }

    @Test
    void upstreamOnRequest() {
        CliRun run = CliRun.of("impact", "--upstream", "finance_dashboard", "--workspace", dir.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("  contract:payments/payments  [schema_object]  payments → raw.payments → stg_payments → fct_revenue → finance_dashboard\n"),
                run.out());
    }

    @Test
    void aLeafHasNothingDownstream() {
        CliRun run = CliRun.of("impact", "exposure.app.finance_dashboard", "--workspace", dir.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("Nothing is downstream of exposure.app.finance_dashboard (exposure 'finance_dashboard').\n", run.out());
    }

    @Test
    void anUnknownNodeIsOneLineWithCloseMatchesAndExitTwo() {
        CliRun run = CliRun.of("impact", "model.app.fct_revenu", "--workspace", dir.toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("steward impact: no node 'model.app.fct_revenu' in the lineage; did you mean 'model.app.fct_revenue'?\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void aMissingWorkspaceIsBadInput() {
        CliRun run = CliRun.of("impact", "x", "--workspace", dir.resolve("missing").toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("steward impact: no such folder: "), run.err());
    }
}
