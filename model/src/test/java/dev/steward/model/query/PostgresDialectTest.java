package dev.steward.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The PostgreSQL rendering (no server here: the SQL is checked for the PostgreSQL forms of each construct). */
class PostgresDialectTest extends ShopQueryTest {
    private CompiledQuery compile(MetricQuery query) throws QueryCompileException {
        return new MetricQueryCompiler(shop.project, ShopFixture.relations(), SqlDialect.POSTGRES).compile(query);
    }

    @Test
    void usesCtesAndPostgresDateFunctions() throws Exception {
        CompiledQuery q = compile(MetricQuery.of(List.of("bookings_change", "bookings_7d"),
                List.of("metric_time__week", "metric_time__extract_dow")));
        assertEquals("postgres", q.dialect());
        assertTrue(q.sql().startsWith("WITH cte_"), q.sql());
        assertTrue(q.sql().contains("DATE_TRUNC('week', "), q.sql());
        assertTrue(q.sql().contains("EXTRACT(isodow FROM "), q.sql());
        assertTrue(q.sql().contains("MAKE_INTERVAL(days => -1)"), q.sql());
        assertTrue(q.sql().contains("MAKE_INTERVAL(days => -7)"), q.sql());
        assertFalse(q.sql().contains("DATEADD"), q.sql());
    }

    @Test
    void parametersFollowTheTextOrderOnBothDialects() throws Exception {
        MetricQuery query = new MetricQuery(List.of("bookings", "views"), List.of("metric_time"),
                Optional.of("{{ Dimension('listing__country') }} = 'us'"), List.of(), OptionalInt.empty(),
                Optional.of(LocalDate.of(2024, 1, 1)), Optional.of(LocalDate.of(2024, 1, 2)));
        for (CompiledQuery q : List.of(compile(query), shop.compile(query))) {
            assertEquals(q.sql().chars().filter(c -> c == '?').count(), q.parameters().size(), q.sql());
            assertEquals(List.of("us", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)), q.parameters().subList(0, 3));
        }
        assertEquals(List.of("2024-01-01|1|1", "2024-01-02|1|null"), shop.sortedRows(query));
    }
}
