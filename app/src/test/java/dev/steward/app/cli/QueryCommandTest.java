package dev.steward.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code steward query} and {@code steward sql}: usage and compile errors (exit 2), execution errors (exit 1). */
class QueryCommandTest {
    static final String SAMPLE = Path.of("../resources/src/main/resources/dev/steward/resources/sample").toString();

    @TempDir
    Path dir;

    private static void assertOneLineError(CliRun run, int exit, String text) {
        assertEquals(exit, run.exitCode(), run.toString());
        assertEquals("", run.out(), run.toString());
        assertEquals(1, run.err().lines().count(), run.toString());
        assertTrue(run.err().contains(text), run.toString());
    }

    @Test
    void splitsListsOutsideParentheses() {
        assertEquals(List.of("TimeDimension('metric_time', 'week')", "customer__country"),
                MetricQueryOptions.items(" TimeDimension('metric_time', 'week'), customer__country,,"));
    }

    @Test
    void aMissingMetricsOptionIsAUsageError() {
        CliRun run = CliRun.of("query", "--workspace", SAMPLE);
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--metrics"), run.toString());
    }

    @Test
    void aBadLimitIsAUsageError() {
        assertOneLineError(CliRun.of("query", "--workspace", SAMPLE, "--metrics", "revenue", "--limit", "0"), 2,
                "steward query: --limit must be 1 or more, was 0");
    }

    @Test
    void aWorkspaceThatIsNotAFolderIsAUsageError() {
        assertOneLineError(CliRun.of("query", "--workspace", dir.resolve("nope").toString(), "--metrics", "revenue"), 2,
                "is not a folder");
    }

    @Test
    void aWorkspaceWithoutMetricsSaysSo() {
        assertOneLineError(CliRun.of("sql", "--workspace", dir.toString(), "--metrics", "revenue"), 2,
                "steward sql: no metrics found in " + dir);
    }

    @Test
    void anUnknownDialectIsAUsageError() {
        assertOneLineError(CliRun.of("sql", "--workspace", SAMPLE, "--metrics", "revenue", "--dialect", "mysql"), 2,
                "steward sql: --dialect mysql is not supported; use h2 or postgres");
    }

    @Test
    void anUnsupportedJdbcUrlIsAUsageErrorWithoutThePassword() {
        CliRun run = CliRun.of("query", "--workspace", SAMPLE, "--metrics", "revenue",
                "--jdbc", "jdbc:mysql://db/shop?password=secret");
        assertOneLineError(run, 2, "--jdbc jdbc:mysql://db/shop?password=*** is not supported");
        assertTrue(!run.err().contains("secret"), run.err());
    }

    @Test
    void aModelWithoutSeedIsACompileError() throws IOException {
        Files.writeString(dir.resolve("semantic.yml"), """
                semantic_models:
                  - name: refunds
                    model: ref('refunds')
                    defaults: {agg_time_dimension: refunded_at}
                    entities: [{name: refund, type: primary}]
                    dimensions: [{name: refunded_at, type: time, type_params: {time_granularity: day}}]
                    measures: [{name: refund_total, agg: sum}]
                metrics:
                  - {name: refunded, type: simple, type_params: {measure: refund_total}}
                """);
        assertOneLineError(CliRun.of("query", "--workspace", dir.toString(), "--metrics", "refunded"), 2,
                "steward query: metrics: no seed data for model 'refunds' (looked for seeds/refunds.csv)");
    }
}
