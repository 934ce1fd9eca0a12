package dev.steward.model.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.query.CompiledQuery;
import dev.steward.model.query.ResultColumn;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryRunnerTest {
    @TempDir
    Path dir;
    private SeedDatabase db;

    @BeforeEach
    void load() throws Exception {
        Files.writeString(dir.resolve("sales.csv"), "sold_on,region,amount\n2024-01-01,north,10.5\n2024-01-01,south,\n"
                + "2024-01-02,north,7\n");
        db = SeedDatabase.load(dir, ContractColumnTypes.NONE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static CompiledQuery query(String sql, Object... parameters) {
        return new CompiledQuery(sql, Arrays.asList(parameters), List.of(
                new ResultColumn("metric_time__day", ResultColumn.Role.GROUP_BY, true),
                new ResultColumn("amount", ResultColumn.Role.METRIC, false)), "h2");
    }

    @Test
    void bindsParametersAndReturnsJavaValues() throws Exception {
        QueryResult r = new QueryRunner(db::queryConnection, 100).run(query(
                "SELECT sold_on, SUM(amount) FROM sales WHERE region = ? OR amount IS NULL GROUP BY sold_on ORDER BY sold_on", "north"),
                Cancellation.none());
        assertEquals(2, r.rows().size());
        assertEquals(LocalDate.of(2024, 1, 1), r.rows().get(0).get(0));
        assertEquals(0, new BigDecimal("10.5").compareTo(new BigDecimal(r.rows().get(0).get(1).toString())));
        assertFalse(r.truncated());
        assertEquals(1, r.columnIndex("amount"));
    }

    @Test
    void timeColumnsAtMidnightAreShownAsDates() throws Exception {
        QueryResult r = new QueryRunner(db::queryConnection, 100).run(query(
                "SELECT CAST(sold_on AS TIMESTAMP), amount FROM sales ORDER BY 1"), Cancellation.none());
        assertEquals(LocalDate.of(2024, 1, 1), r.rows().getFirst().getFirst());
        QueryResult finer = new QueryRunner(db::queryConnection, 100).run(query(
                "SELECT DATEADD(HOUR, 5, CAST(sold_on AS TIMESTAMP)), amount FROM sales ORDER BY 1"), Cancellation.none());
        assertEquals(java.time.LocalDateTime.of(2024, 1, 1, 5, 0), finer.rows().getFirst().getFirst());
    }

    @Test
    void keepsNullsAsNull() throws Exception {
        QueryResult r = new QueryRunner(db::queryConnection, 100).run(query(
                "SELECT sold_on, amount FROM sales WHERE region = 'south'"), Cancellation.none());
        assertEquals(Arrays.asList(LocalDate.of(2024, 1, 1), null), r.rows().getFirst());
    }

    @Test
    void capsTheRowsAndSaysSo() throws Exception {
        QueryResult r = new QueryRunner(db::queryConnection, 2).run(query("SELECT sold_on, amount FROM sales"), Cancellation.none());
        assertEquals(2, r.rows().size());
        assertTrue(r.truncated());
    }

    @Test
    void databaseErrorsBecomeOneLine() {
        QueryExecutionException e = assertThrows(QueryExecutionException.class, () -> new QueryRunner(db::queryConnection, 10)
                .run(query("SELECT sold_on, no_such_column FROM sales"), Cancellation.none()));
        assertFalse(e.cancelled());
        assertTrue(e.getMessage().contains("no_such_column"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains("SQL statement"), e.getMessage());
        assertFalse(e.getMessage().matches(".*\\[\\d+-\\d+]$"), e.getMessage());
    }

    @Test
    void oneLineStripsPostgresPrefix() {
        assertEquals("column \"x\" does not exist",
                QueryRunner.oneLine(new SQLException("ERROR: column \"x\" does not exist\n  Position: 8")));
    }

    @Test
    void cancelStopsARunningQueryFromAnotherThread() throws Exception {
        Cancellation cancellation = new Cancellation();
        QueryRunner runner = new QueryRunner(db::queryConnection, 10);
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                runner.run(query("SELECT SUM(a.\"X\" * b.\"X\"), 1 FROM SYSTEM_RANGE(1, 100000000) a, SYSTEM_RANGE(1, 1000) b"),
                        cancellation);
                return null;
            } catch (QueryExecutionException e) {
                return e;
            }
        });
        while (!cancellation.running() && !outcome.isDone()) {
            Thread.sleep(5);
        }
        cancellation.cancel();
        Throwable t = outcome.get();
        assertTrue(t instanceof QueryExecutionException e && e.cancelled(), String.valueOf(t));
        assertEquals("The query was cancelled", t.getMessage());
    }

    @Test
    void aCancelledRequestDoesNotStart() {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        QueryExecutionException e = assertThrows(QueryExecutionException.class,
                () -> new QueryRunner(db::queryConnection, 10).run(query("SELECT sold_on, amount FROM sales"), cancellation));
        assertTrue(e.cancelled());
    }
}
