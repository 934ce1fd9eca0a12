package dev.steward.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Cumulative and offset metrics whose measure is pre-aggregated per day before the time spine give the
 * values of the rows themselves: 2024-01-01 has bookings of 100 (guest g1, instant) and 50 (g2), 01-02 one of
 * 30 (g1, instant), 01-04 one of 20 (g3).
 */
class DailyRollupQueryTest extends ShopQueryTest {
    private static MetricQuery days(String... metrics) {
        return new MetricQuery(List.of(metrics), List.of("metric_time"), Optional.empty(), List.of(), OptionalInt.empty(),
                Optional.of(LocalDate.of(2024, 1, 2)), Optional.of(LocalDate.of(2024, 1, 4)));
    }

    @Test
    void averageOverAWindowWeighsEveryRowNotEveryDay() throws Exception {
        // 01-04: (100 + 50 + 30 + 20) / 4 = 50, where an average of the daily averages would be 41.67
        assertEquals(List.of("2024-01-02|60", "2024-01-03|60", "2024-01-04|50"),
                shop.sortedRows(days("average_value_7d")));
    }

    @Test
    void minMaxCountAndSumBooleanOverAWindow() throws Exception {
        assertEquals(List.of("2024-01-02|100|30|3|2", "2024-01-03|100|30|3|2", "2024-01-04|100|20|4|2"),
                shop.sortedRows(days("max_value_7d", "min_value_7d", "counted_7d", "instant_7d")));
    }

    @Test
    void countDistinctKeepsTheRows() throws Exception {
        // g1 books on 01-01 and 01-02: summing distinct guests per day would count 4 on 01-04
        assertEquals(List.of("2024-01-02|2", "2024-01-03|2", "2024-01-04|3"), shop.sortedRows(days("bookers_7d")));
        assertFalse(shop.compile(days("bookers_7d")).sql().contains("GROUP BY DATE_TRUNC('DAY', ds)"),
                "count distinct is not pre-aggregated per day");
    }

    @Test
    void offsetAverageTakesThePreviousDaysRows() throws Exception {
        assertEquals(List.of("2024-01-02|75", "2024-01-03|30"),
                shop.sortedRows(days("average_value_day_before")));
        assertTrue(shop.compile(days("average_value_day_before")).sql().contains("GROUP BY DATE_TRUNC('DAY', ds)"),
                "the average's rows are pre-aggregated per day");
    }
}
