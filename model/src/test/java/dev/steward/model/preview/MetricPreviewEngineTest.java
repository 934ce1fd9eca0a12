package dev.steward.model.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.query.MetricQuery;
import dev.steward.model.query.QueryCompileException;
import dev.steward.model.query.RelationResolver.TimeSpineRelation;
import dev.steward.model.query.SqlDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricPreviewEngineTest {
    @TempDir
    Path dir;

    private static final String MODELS = """
            semantic_models:
              - name: orders
                model: ref('orders')
                defaults: {agg_time_dimension: ordered_at}
                entities:
                  - {name: order, type: primary, expr: order_id}
                dimensions:
                  - {name: ordered_at, type: time, type_params: {time_granularity: day}}
                measures:
                  - {name: order_total, agg: sum}
              - name: refunds
                model: ref('refunds')
                defaults: {agg_time_dimension: refunded_at}
                entities:
                  - {name: refund, type: primary}
                dimensions:
                  - {name: refunded_at, type: time, type_params: {time_granularity: day}}
                measures:
                  - {name: refund_total, agg: sum}
            metrics:
              - {name: revenue, type: simple, label: Revenue, description: All orders, type_params: {measure: order_total}}
              - {name: refunded, type: simple, type_params: {measure: refund_total}}
              - name: net
                type: derived
                type_params:
                  expr: revenue - refunded
                  metrics: [{name: revenue}, {name: refunded}]
            """;

    private Path workspace(String spine) throws Exception {
        Files.writeString(dir.resolve("semantic.yml"), MODELS + spine);
        Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(dir.resolve("seeds/orders.csv"), "order_id,ordered_at,order_total\n1,2024-03-05,10\n2,2024-06-30,20\n");
        return dir;
    }

    @Test
    void listsMetricsForThePicker() throws Exception {
        try (MetricPreviewEngine engine = MetricPreviewEngine.open(workspace(""))) {
            assertEquals(List.of("net", "refunded", "revenue"), engine.metrics().stream().map(MetricSummary::name).toList());
            MetricSummary revenue = engine.metrics().get(2);
            assertEquals("simple", revenue.type());
            assertEquals("Revenue", revenue.label().orElseThrow());
            assertEquals("All orders", revenue.description().orElseThrow());
        }
    }

    @Test
    void aModelWithoutSeedIsNamedWithTheFileLookedFor() throws Exception {
        try (MetricPreviewEngine engine = MetricPreviewEngine.open(workspace(""))) {
            QueryCompileException e = assertThrows(QueryCompileException.class,
                    () -> engine.compile(MetricQuery.of(List.of("net"), List.of()), SqlDialect.H2));
            assertEquals("metrics", e.problems().getFirst().input());
            assertEquals("no seed data for model 'refunds' (looked for seeds/refunds.csv)", e.getMessage());
            assertTrue(engine.relations().relation(engine.project().semanticModel("orders").orElseThrow()).isPresent());
        }
    }

    @Test
    void generatesATimeSpineAroundTheSeedDates() throws Exception {
        try (MetricPreviewEngine engine = MetricPreviewEngine.open(workspace(""))) {
            TimeSpineRelation spine = engine.relations().timeSpine();
            assertEquals("\"steward_time_spine\"", spine.relation());
            try (Connection c = engine.seedsConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT MIN(date_day), MAX(date_day), COUNT(*) FROM " + spine.relation())) {
                rs.next();
                assertEquals(LocalDate.of(2023, 1, 1), rs.getObject(1, LocalDate.class));
                assertEquals(LocalDate.of(2024, 6, 30), rs.getObject(2, LocalDate.class));
                assertEquals(365 + 182, rs.getLong(3));
            }
        }
    }

    @Test
    void usesTheProjectsTimeSpineWhenItHasASeed() throws Exception {
        workspace("""
                models:
                  - name: all_days
                    time_spine: {standard_granularity_column: day_start}
                    columns: [{name: day_start, granularity: day}]
                """);
        Files.writeString(dir.resolve("seeds/all_days.csv"), "day_start\n2024-01-01\n2024-01-02\n");
        try (MetricPreviewEngine engine = MetricPreviewEngine.open(dir)) {
            assertEquals(new TimeSpineRelation("\"all_days\"", "day_start"), engine.relations().timeSpine());
        }
    }

    @Test
    void aDroppedDatabaseIsReportedAsLost() throws Exception {
        MetricPreviewEngine engine = MetricPreviewEngine.open(workspace(""));
        var compiled = engine.compile(MetricQuery.of(List.of("revenue"), List.of("metric_time__month")), SqlDialect.H2);
        assertTrue(!engine.lost());
        assertEquals(2, engine.runCompiled(compiled, Cancellation.none()).rows().size());
        engine.close(); // what H2 does to an in-memory database that ran out of memory
        assertTrue(engine.lost());
        QueryExecutionException e = assertThrows(QueryExecutionException.class,
                () -> engine.runCompiled(compiled, Cancellation.none()));
        assertTrue(e.getMessage().startsWith("The preview database was dropped while running this query ("), e.getMessage());
    }

    @Test
    void entityColumnsOfSeedsAreIndexedForJoins() throws Exception {
        try (MetricPreviewEngine engine = MetricPreviewEngine.open(workspace(""));
             Connection c = engine.seedsConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.index_columns"
                     + " WHERE table_name = 'orders' AND column_name = 'order_id'")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }
}
