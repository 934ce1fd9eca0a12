package dev.steward.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SimpleMetricQueryTest extends ShopQueryTest {
    private static MetricQuery query(List<String> metrics, List<String> groupBy) {
        return MetricQuery.of(metrics, groupBy);
    }

    @Test
    void rowCountMeasureByDay() throws Exception {
        assertEquals(List.of("2024-01-01|2", "2024-01-02|1", "2024-01-04|1", "2024-02-10|1"),
                shop.sortedRows(query(List.of("bookings"), List.of("metric_time"))));
    }

    @Test
    void everyAggregationWithoutGroupBy() throws Exception {
        assertEquals(List.of("400|3|80|50|160|200|3|200|20|5"), shop.rows(query(List.of("booking_value", "bookers",
                "average_booking_value", "median_booking_value", "booking_value_p90", "discrete_booking_value_p90",
                "instant_bookings", "max_booking_value", "min_booking_value", "counted_bookings"), List.of())));
    }

    @Test
    void metricTimeAtCoarserGrainsAndDateParts() throws Exception {
        assertEquals(List.of("2024-01-01|200", "2024-02-01|200"),
                shop.sortedRows(query(List.of("booking_value"), List.of("metric_time__month"))));
        assertEquals(List.of("2024-01-01|4", "2024-02-05|1"),
                shop.sortedRows(query(List.of("bookings"), List.of("metric_time__week"))));
        assertEquals(List.of("2024-01-01|5"), shop.sortedRows(query(List.of("bookings"), List.of("metric_time__year"))));
        assertEquals(List.of("1|4", "2|1"),
                shop.sortedRows(query(List.of("bookings"), List.of("metric_time__extract_month"))));
        assertEquals(List.of("2024-01-01|4", "2024-02-01|1"),
                shop.sortedRows(query(List.of("bookings"), List.of("booking__ds__month"))));
    }

    @Test
    void timeColumnsWithoutGrainAreNamedWithTheDefaultGrain() throws Exception {
        CompiledQuery compiled = shop.compile(query(List.of("bookings"), List.of("metric_time", "booking__ds",
                "TimeDimension('metric_time', 'week')")));
        assertEquals(List.of("metric_time__day", "booking__ds__day", "metric_time__week", "bookings"),
                compiled.columns().stream().map(ResultColumn::name).toList());
    }

    @Test
    void outputColumnsAreNamedAsGiven() throws Exception {
        CompiledQuery compiled = shop.compile(query(List.of("bookings"), List.of("metric_time__month", "booking__is_instant")));
        assertEquals(List.of(new ResultColumn("metric_time__month", ResultColumn.Role.GROUP_BY, true),
                new ResultColumn("booking__is_instant", ResultColumn.Role.GROUP_BY, false),
                new ResultColumn("bookings", ResultColumn.Role.METRIC, false)), compiled.columns());
        try (var rs = shop.connection.createStatement().executeQuery(compiled.sql())) {
            assertEquals("metric_time__month", rs.getMetaData().getColumnLabel(1));
        }
    }

    @Test
    void categoricalDimensionAndEntityGroupBys() throws Exception {
        assertEquals(List.of("false|70", "true|330"),
                shop.sortedRows(query(List.of("booking_value"), List.of("booking__is_instant"))));
        assertEquals(List.of("l1|130", "l2|250", "l3|20"),
                shop.sortedRows(query(List.of("booking_value"), List.of("listing"))));
    }

    @Test
    void metricAndMeasureFilters() throws Exception {
        assertEquals(List.of("330"), shop.rows(query(List.of("instant_booking_value"), List.of())));
        assertEquals(List.of("150"), shop.rows(query(List.of("us_booking_value"), List.of())));
    }

    @Test
    void queryWhereFilterAndTimeRange() throws Exception {
        MetricQuery q = new MetricQuery(List.of("bookings"), List.of("metric_time"),
                Optional.of("{{ Dimension('booking__is_instant') }}"), List.of(), OptionalInt.empty(),
                Optional.of(LocalDate.of(2024, 1, 1)), Optional.of(LocalDate.of(2024, 1, 31)));
        assertEquals(List.of("2024-01-01|1", "2024-01-02|1"), shop.sortedRows(q));
    }

    @Test
    void timeRangeWidensToWholePeriodsOfTheGrain() throws Exception {
        MetricQuery q = new MetricQuery(List.of("bookings"), List.of("metric_time__month"), Optional.empty(),
                List.of(), OptionalInt.empty(), Optional.of(LocalDate.of(2024, 1, 2)), Optional.of(LocalDate.of(2024, 1, 3)));
        assertEquals(List.of("2024-01-01|4"), shop.rows(q));
    }

    @Test
    void orderByDescendingAndLimit() throws Exception {
        MetricQuery q = new MetricQuery(List.of("booking_value"), List.of("listing"), Optional.empty(),
                List.of("-booking_value"), OptionalInt.of(2), Optional.empty(), Optional.empty());
        assertEquals(List.of("l2|250", "l1|130"), shop.rows(q));
        MetricQuery ascending = new MetricQuery(List.of("booking_value"), List.of("listing"), Optional.empty(),
                List.of("listing"), OptionalInt.empty(), Optional.empty(), Optional.empty());
        assertEquals(List.of("l1|130", "l2|250", "l3|20"), shop.rows(ascending));
    }

    @Test
    void semiAdditiveMeasureKeepsTheLatestRowPerGrouping() throws Exception {
        assertEquals(List.of("27"), shop.rows(query(List.of("balance_per_user"), List.of())));
        assertEquals(List.of("20"), shop.rows(query(List.of("latest_balance"), List.of())));
        assertEquals(List.of("2024-01-01|15", "2024-01-02|7", "2024-01-03|20"),
                shop.sortedRows(query(List.of("balance_per_user"), List.of("metric_time"))));
    }

    @Test
    void filterValuesAreBoundAsParameters() throws Exception {
        MetricQuery q = new MetricQuery(List.of("booking_value"), List.of(), Optional.of(
                "{{ Dimension('listing__country') }} = 'fr'"), List.of(), OptionalInt.empty(),
                Optional.of(LocalDate.of(2024, 1, 1)), Optional.empty());
        CompiledQuery compiled = shop.compile(q);
        assertTrue(compiled.parameters().contains(LocalDate.of(2024, 1, 1)), compiled.parameters().toString());
        assertEquals(List.of("250"), shop.rows(q));
    }
}
