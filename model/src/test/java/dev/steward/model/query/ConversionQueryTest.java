package dev.steward.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConversionQueryTest extends ShopQueryTest {
    @Test
    void conversionRateWithinTheWindow() throws Exception {
        assertEquals(List.of("0.5"), shop.rows(MetricQuery.of(List.of("visit_buy_conversion_rate"), List.of())));
    }

    @Test
    void eachConversionCountsOnceForTheLatestBaseEventBeforeIt() throws Exception {
        assertEquals(List.of("2024-01-01|0", "2024-01-02|0", "2024-01-03|1", "2024-01-05|1"), shop.sortedRows(
                MetricQuery.of(List.of("visit_buy_conversions"), List.of("metric_time"))));
        assertEquals(List.of("ad|0", "search|2"), shop.sortedRows(
                MetricQuery.of(List.of("visit_buy_conversions"), List.of("visit__referrer"))));
    }

    @Test
    void withoutWindowEveryLaterConversionCounts() throws Exception {
        assertEquals(List.of("3"), shop.rows(MetricQuery.of(List.of("visit_buy_conversions_any_time"), List.of())));
    }

    @Test
    void constantPropertiesMustMatch() throws Exception {
        assertEquals(List.of("0.25"), shop.rows(MetricQuery.of(List.of("visit_buy_conversion_rate_same_session"), List.of())));
    }
}
