package dev.steward.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CumulativeQueryTest extends ShopQueryTest {
    private static MetricQuery ranged(String metric, String groupBy, LocalDate from, LocalDate to) {
        return new MetricQuery(List.of(metric), List.of(groupBy), Optional.empty(), List.of(), OptionalInt.empty(),
                Optional.of(from), Optional.of(to));
    }

    @Test
    void trailingWindow() throws Exception {
        assertEquals(List.of("2024-01-01|2", "2024-01-02|3", "2024-01-03|3", "2024-01-04|4", "2024-01-05|4",
                        "2024-01-06|4", "2024-01-07|4", "2024-01-08|2", "2024-01-09|1", "2024-01-10|1"),
                shop.sortedRows(ranged("bookings_7d", "metric_time", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 10))));
    }

    @Test
    void grainToDateWithFirstAndLastPeriodValues() throws Exception {
        assertEquals(List.of("2024-01-01|2", "2024-02-01|1"), shop.sortedRows(MetricQuery.of(List.of("bookings_mtd"),
                List.of("metric_time__month"))));
        assertEquals(List.of("2024-01-01|4", "2024-02-01|1"), shop.sortedRows(MetricQuery.of(List.of("bookings_mtd_last"),
                List.of("metric_time__month"))));
    }

    @Test
    void allTimeAndWithoutMetricTime() throws Exception {
        assertEquals(List.of("2024-01-03|3"), shop.rows(ranged("bookings_all_time", "metric_time",
                LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 3))));
        assertEquals(List.of("2024-03-31|5"), shop.rows(ranged("bookings_all_time", "metric_time",
                LocalDate.of(2024, 3, 31), LocalDate.of(2024, 3, 31))));
        assertEquals(List.of("5"), shop.rows(MetricQuery.of(List.of("bookings_all_time"), List.of())));
    }
}
