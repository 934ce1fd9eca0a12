package dev.steward.model.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.query.MetricQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every metric of the sample workspace runs over its seeds, by month, with values a reader would expect. */
class SampleMetricsRunTest {
    private static MetricPreviewEngine engine;

    @BeforeAll
    static void open() throws Exception {
        engine = MetricPreviewEngine.open(SeedDatabaseTest.SAMPLE);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static QueryResult byMonth(String... metrics) throws Exception {
        return engine.run(new MetricQuery(List.of(metrics), List.of("metric_time__month"), Optional.empty(),
                List.of("metric_time__month"), OptionalInt.empty(), Optional.empty(), Optional.empty()), Cancellation.none());
    }

    private static double number(Object v) {
        return v == null ? Double.NaN : new BigDecimal(v.toString()).doubleValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"revenue", "order_count", "ordering_customers", "visits", "average_order_value",
        "revenue_per_customer", "cumulative_revenue", "revenue_last_7_days", "visit_to_order_rate", "app_revenue_share"})
    void everyMonthOfTheSeedsHasAValue(String metric) throws Exception {
        QueryResult r = byMonth(metric);
        List<LocalDate> months = r.rows().stream().map(row -> (LocalDate) row.getFirst())
                .filter(d -> !d.isBefore(LocalDate.of(2024, 7, 1))).toList();
        assertEquals(List.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 8, 1), LocalDate.of(2024, 9, 1),
                LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 1)),
                months.stream().limit(6).toList(), r.rows().toString());
        r.rows().stream().filter(row -> !((LocalDate) row.getFirst()).isBefore(LocalDate.of(2024, 7, 1))
                        && !((LocalDate) row.getFirst()).isAfter(LocalDate.of(2024, 12, 1)))
                .forEach(row -> assertTrue(number(row.get(1)) > 0, metric + " " + row));
    }

    private static boolean inSeeds(List<Object> row) {
        LocalDate month = (LocalDate) row.getFirst();
        return !month.isBefore(LocalDate.of(2024, 7, 1)) && !month.isAfter(LocalDate.of(2024, 12, 1));
    }

    @Test
    void ratiosAndCumulativesAgreeWithTheirInputs() throws Exception {
        QueryResult r = byMonth("revenue", "order_count", "average_order_value", "cumulative_revenue");
        assertEquals(6, r.rows().size(), "the spine ends with the seeds' last month: " + r.rows());
        double running = 0;
        for (List<Object> row : r.rows()) {
            running += number(row.get(1));
            assertEquals(number(row.get(1)) / number(row.get(2)), number(row.get(3)), 1e-6, row.toString());
            assertEquals(running, number(row.get(4)), 0.01, "cumulative revenue up to " + row.getFirst());
        }
    }

    /**
     * MetricFlow shifts each day by the offset, then groups by month (its {@code derived_metric_offset_window_and
     * _granularity} integration test): September is compared with August 1 to 30, October 31 with September 30.
     */
    @Test
    void growthComparesWithTheDaysOneMonthEarlier() throws Exception {
        java.util.Map<LocalDate, Double> daily = new java.util.HashMap<>();
        engine.run(MetricQuery.of(List.of("revenue"), List.of("metric_time__day")), Cancellation.none()).rows()
                .forEach(row -> daily.put((LocalDate) row.getFirst(), number(row.get(1))));
        QueryResult r = byMonth("revenue", "revenue_growth_mom");
        List<List<Object>> months = r.rows().stream().filter(SampleMetricsRunTest::inSeeds).toList();
        assertEquals(null, months.getFirst().get(2), "July has no June revenue to compare with");
        for (List<Object> row : months.subList(1, months.size())) {
            LocalDate month = (LocalDate) row.getFirst();
            double earlier = 0;
            for (LocalDate d = month; d.getMonth() == month.getMonth(); d = d.plusDays(1)) {
                earlier += daily.getOrDefault(d.minusMonths(1), 0.0);
            }
            assertEquals((number(row.get(1)) - earlier) / earlier, number(row.get(2)), 1e-6, row.toString());
        }
    }

    @Test
    void conversionRateIsAShare() throws Exception {
        QueryResult r = byMonth("visit_to_order_rate");
        r.rows().stream().filter(SampleMetricsRunTest::inSeeds).forEach(row -> assertTrue(number(row.get(1)) > 0.1 && number(row.get(1)) < 0.6, row.toString()));
    }
}
