package dev.steward.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class JoinQueryTest extends ShopQueryTest {
    @Test
    void oneHopOntoAPrimaryEntity() throws Exception {
        assertEquals(List.of("fr|250", "us|150"),
                shop.sortedRows(MetricQuery.of(List.of("booking_value"), List.of("listing__country"))));
        assertTrue(shop.compile(MetricQuery.of(List.of("booking_value"), List.of("listing__country"))).sql()
                .contains("LEFT OUTER JOIN"));
    }

    @Test
    void twoHops() throws Exception {
        assertEquals(List.of("CA|150", "NY|250"),
                shop.sortedRows(MetricQuery.of(List.of("booking_value"), List.of("listing__user__home_state"))));
    }

    @Test
    void scdDimensionIsJoinedWithinItsValidityWindow() throws Exception {
        assertEquals(List.of("gold|1", "null|3", "platinum|1"),
                shop.sortedRows(MetricQuery.of(List.of("bookings"), List.of("listing__tier"))));
    }

    @Test
    void whereFilterOnAJoinedDimensionNotInTheGroupBy() throws Exception {
        MetricQuery q = new MetricQuery(List.of("bookings"), List.of("metric_time"),
                Optional.of("{{ Dimension('user__home_state', entity_path=['listing']) }} = 'NY'"), List.of(), OptionalInt.empty(),
                Optional.empty(), Optional.empty());
        assertEquals(List.of("2024-01-01|1", "2024-02-10|1"), shop.sortedRows(q));
    }

    @Test
    void metricInAFilterIsAggregatedByItsEntityAndJoined() throws Exception {
        MetricQuery q = new MetricQuery(List.of("booking_value"), List.of(),
                Optional.of("{{ Metric('bookings', group_by=['listing']) }} > 1"), List.of(), OptionalInt.empty(),
                Optional.empty(), Optional.empty());
        assertEquals(List.of("380"), shop.rows(q));
    }

    @Test
    void joiningOntoAForeignKeyIsRefusedAsFanOut() {
        QueryCompileException e = assertThrows(QueryCompileException.class,
                () -> shop.compile(MetricQuery.of(List.of("bookings"), List.of("listing__device"))));
        String message = e.problems().getFirst().message();
        assertEquals("group-by", e.problems().getFirst().input());
        assertEquals(0, e.problems().getFirst().start());
        assertEquals("listing__device".length(), e.problems().getFirst().end());
        assertTrue(message.contains("'listing__device' cannot be reached from measure 'bookings'"), message);
        assertTrue(message.contains("foreign entity") && message.contains("fan out"), message);
    }

    @Test
    void unreachableDimensionExplainsAndSuggests() {
        QueryCompileException e = assertThrows(QueryCompileException.class,
                () -> shop.compile(MetricQuery.of(List.of("bookings"), List.of("listing__countr"))));
        String message = e.problems().getFirst().message();
        assertTrue(message.contains("Did you mean 'listing__country'?"), message);
        QueryCompileException guest = assertThrows(QueryCompileException.class,
                () -> shop.compile(MetricQuery.of(List.of("bookings"), List.of("guest__home_state"))));
        assertTrue(guest.problems().getFirst().message().contains("'guest__home_state' cannot be reached"),
                guest.problems().getFirst().message());
    }

    @Test
    void everyMetricMustReachTheGroupBy() {
        QueryCompileException e = assertThrows(QueryCompileException.class,
                () -> shop.compile(MetricQuery.of(List.of("bookings", "listing_count"), List.of("booking__is_instant"))));
        assertTrue(e.problems().getFirst().message().contains("measure 'listing_count'"), e.getMessage());
    }

    @Test
    void withoutMetricsTheDistinctValuesAreListed() throws Exception {
        assertEquals(List.of("fr", "us"), shop.sortedRows(MetricQuery.of(List.of(), List.of("listing__country"))));
        assertEquals(List.of("CA|us", "NY|fr"),
                shop.sortedRows(MetricQuery.of(List.of(), List.of("user__home_state", "listing__country"))));
        assertEquals(List.of("2023-12-01", "2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"),
                shop.sortedRows(MetricQuery.of(List.of(), List.of("metric_time__month"))));
        assertEquals(List.of("2024-02-01", "2024-03-01"), shop.sortedRows(new MetricQuery(List.of(),
                List.of("metric_time__month"), Optional.of("{{ TimeDimension('metric_time', 'month') }} BETWEEN "
                + "'2024-02-01' AND '2024-03-01'"), List.of(), OptionalInt.empty(), Optional.empty(), Optional.empty())));
        List<String> monthsByCountry = shop.sortedRows(MetricQuery.of(List.of(), List.of("metric_time__month", "listing__country")));
        assertEquals(10, monthsByCountry.size(), "every spine month with every country: " + monthsByCountry);
        assertEquals("2023-12-01|fr", monthsByCountry.getFirst());
        QueryCompileException e = assertThrows(QueryCompileException.class,
                () -> shop.compile(MetricQuery.of(List.of(), List.of())));
        assertEquals("metrics", e.problems().getFirst().input());
    }

    @Test
    void leadingEntitiesMayBeLeftOutWhenOnlyOneFillsThemIn() throws Exception {
        assertEquals(List.of("CA|150", "NY|250"),
                shop.sortedRows(MetricQuery.of(List.of("booking_value"), List.of("user__home_state"))));
        assertEquals("listing__user__home_state", shop.compile(MetricQuery.of(List.of("booking_value"),
                List.of("user__home_state"))).columns().getFirst().name());
    }

    @Test
    void customGrainsComeFromTheTimeSpine() throws Exception {
        assertEquals(List.of("FY24|4", "FY25|1"),
                shop.sortedRows(MetricQuery.of(List.of("bookings"), List.of("metric_time__fiscal_year"))));
        assertEquals(List.of("FY24|4"), shop.sortedRows(new MetricQuery(List.of("bookings"),
                List.of("booking__ds__fiscal_year"), Optional.of("{{ TimeDimension('booking__ds', 'fiscal_year') }} = 'FY24'"),
                List.of(), OptionalInt.empty(), Optional.empty(), Optional.empty())));
    }
}
