package dev.steward.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** {@code steward query} and {@code steward sql} over the sample workspace's seeds. */
class QueryCommandSampleTest {
    private static final String SAMPLE = QueryCommandTest.SAMPLE;

    @Test
    void jsonHasGroupByColumnsThenMetricsAndSixMonths() throws Exception {
        CliRun run = CliRun.of("query", "--workspace", SAMPLE, "--metrics", "revenue,order_count",
                "--group-by", "metric_time__month", "--order-by", "metric_time__month", "--format", "json");
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(List.of("metric_time__month", "revenue", "order_count"),
                StreamSupport.stream(json.get("columns").spliterator(), false).map(JsonNode::asText).toList());
        JsonNode rows = json.get("rows");
        assertEquals(6, rows.size(), run.out());
        assertEquals("2024-07-01", rows.get(0).get(0).asText());
        assertTrue(rows.get(0).get(0).isTextual());
        assertTrue(rows.get(0).get(1).isNumber() && rows.get(0).get(1).asDouble() > 1000, run.out());
        assertTrue(rows.get(0).get(2).isIntegralNumber(), run.out());
        assertTrue(json.get("sql").asText().toUpperCase().contains("SELECT"));
        double total = 0;
        for (JsonNode r : rows) {
            total += r.get(2).asDouble();
        }
        assertEquals(1137, total, "every order of the seeds is counted once");
    }

    @Test
    void csvAndTableShowTheSameRows() {
        CliRun csv = CliRun.of("query", "--workspace", SAMPLE, "--metrics", "order_count",
                "--group-by", "order__sales_channel", "--order-by", "order__sales_channel", "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.toString());
        List<String> lines = csv.out().lines().toList();
        assertEquals("order__sales_channel,order_count", lines.get(0));
        assertEquals(3, lines.size(), csv.out());
        assertTrue(lines.get(1).startsWith("app,") && lines.get(2).startsWith("web,"), csv.out());

        CliRun table = CliRun.of("query", "--workspace", SAMPLE, "--metrics", "order_count",
                "--group-by", "order__sales_channel", "--order-by", "order__sales_channel");
        assertEquals(0, table.exitCode(), table.toString());
        assertTrue(table.out().startsWith("order__sales_channel  order_count\n"), table.out());
        assertTrue(table.out().endsWith("2 rows\n"), table.out());
    }

    @Test
    void whereAndLimitNarrowTheRows() {
        CliRun run = CliRun.of("query", "--workspace", SAMPLE, "--metrics", "order_count",
                "--group-by", "customer__country", "--where", "{{ Dimension('order__status') }} = 'delivered'",
                "--order-by=-order_count", "--limit", "2", "--format", "csv");
        assertEquals(0, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        assertEquals("customer__country,order_count", lines.get(0));
        assertTrue(lines.get(1).startsWith("DE,"), "Germany has the most customers: " + run.out());
    }

    @Test
    void anUnknownMetricIsACompileErrorInOneLine() {
        CliRun run = CliRun.of("query", "--workspace", SAMPLE, "--metrics", "revenu");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.err().lines().count(), run.toString());
        assertTrue(run.err().startsWith("steward query: metrics: "), run.err());
        assertTrue(run.err().contains("revenu"), run.err());
    }

    @Test
    void anInvalidWhereIsACompileError() {
        CliRun run = CliRun.of("query", "--workspace", SAMPLE, "--metrics", "revenue",
                "--where", "{{ Dimension('order__no_such_thing') }} = 'x'");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("steward query: where: "), run.err());
    }

    @Test
    void aDatabaseWithoutTheTablesIsAnExecutionError() {
        CliRun run = CliRun.of("query", "--workspace", SAMPLE, "--metrics", "revenue",
                "--jdbc", "jdbc:h2:mem:steward-empty-" + System.nanoTime());
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(1, run.err().lines().count(), run.toString());
        assertTrue(run.err().toLowerCase().contains("orders"), run.err());
    }

    @Test
    void sqlPrintsTheCompiledQueryPerDialect() {
        CliRun h2 = CliRun.of("sql", "--workspace", SAMPLE, "--metrics", "revenue", "--group-by", "metric_time__month");
        assertEquals(0, h2.exitCode(), h2.toString());
        assertTrue(h2.out().contains("\"orders\""), "reads the seed table: " + h2.out());

        CliRun pg = CliRun.of("sql", "--workspace", SAMPLE, "--metrics", "revenue", "--group-by", "metric_time__month",
                "--dialect", "postgres");
        assertEquals(0, pg.exitCode(), pg.toString());
        assertTrue(pg.out().toLowerCase().contains("date_trunc"), pg.out());
        assertTrue(pg.out().contains("orders"), pg.out());
    }
}
