package dev.steward.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Several metrics in one query, ratio and derived metrics. */
class CombinedMetricQueryTest extends ShopQueryTest {
    private static MetricQuery ranged(List<String> metrics, List<String> groupBy, int fromDay, int toDay) {
        return new MetricQuery(metrics, groupBy, Optional.empty(), List.of(), OptionalInt.empty(),
                Optional.of(LocalDate.of(2024, 1, fromDay)), Optional.of(LocalDate.of(2024, 1, toDay)));
    }

    @Test
    void metricsOfDifferentModelsAreCombinedOnAllKeys() throws Exception {
        assertEquals(List.of("2024-01-01|2|2", "2024-01-02|1|null", "2024-01-03|null|1", "2024-01-04|1|null",
                "2024-02-10|1|null"), shop.sortedRows(MetricQuery.of(List.of("bookings", "views"), List.of("metric_time"))));
    }

    @Test
    void withoutGroupByMetricsShareOneRow() throws Exception {
        assertEquals(List.of("5|3"), shop.rows(MetricQuery.of(List.of("bookings", "views"), List.of())));
    }

    @Test
    void nullKeysOfDifferentBranchesMeet() throws Exception {
        assertEquals(List.of("gold|1|1", "null|3|2", "platinum|1|null"), shop.sortedRows(
                MetricQuery.of(List.of("bookings", "listing_count"), List.of("listing__tier"))));
    }

    @Test
    void ratioDividesInDoublePrecision() throws Exception {
        assertEquals(List.of("80"), shop.rows(MetricQuery.of(List.of("booking_value_per_booking"), List.of())));
        assertEquals(List.of("2024-01-01|1", "2024-01-02|null", "2024-01-03|null", "2024-01-04|null",
                "2024-02-10|null"), shop.sortedRows(MetricQuery.of(List.of("bookings_per_view"), List.of("metric_time"))));
        assertEquals(List.of("0.6"), shop.rows(MetricQuery.of(List.of("instant_share"), List.of())));
    }

    @Test
    void derivedWithOffsetWindow() throws Exception {
        assertEquals(List.of("2024-01-01|null", "2024-01-02|-1", "2024-01-03|null"),
                shop.sortedRows(ranged(List.of("bookings_change"), List.of("metric_time"), 1, 3)));
    }

    @Test
    void derivedWithOffsetToGrain() throws Exception {
        assertEquals(List.of("2024-01-01|2", "2024-01-02|2", "2024-01-03|2"),
                shop.sortedRows(ranged(List.of("bookings_at_month_start"), List.of("metric_time"), 1, 3)));
    }

    @Test
    void derivedInputNamedLikeAKeywordAndNestedDerived() throws Exception {
        assertEquals(List.of("800|801"), shop.rows(MetricQuery.of(List.of("value", "value_doubled_plus_one"), List.of())));
    }

    @Test
    void joinToTimeSpineFillsEmptyDays() throws Exception {
        assertEquals(List.of("2024-01-01|2", "2024-01-02|1", "2024-01-03|0", "2024-01-04|1", "2024-01-05|0"),
                shop.sortedRows(ranged(List.of("bookings_filled"), List.of("metric_time"), 1, 5)));
    }
}
