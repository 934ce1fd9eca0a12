package dev.steward.model.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.semantic.SemanticProject;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GroupByCatalogTest {
    private static GroupByCatalog catalog;

    @BeforeAll
    static void read() throws IOException {
        catalog = new GroupByCatalog(SemanticProject.read(SeedDatabaseTest.SAMPLE));
    }

    @Test
    void metricTimeGrainsComeFirstThenDimensionsThenEntities() {
        List<String> names = catalog.groupByNames(List.of("revenue"));
        assertEquals(List.of("metric_time__day", "metric_time__week", "metric_time__month", "metric_time__quarter",
                "metric_time__year"), names.subList(0, 5));
        assertTrue(names.contains("order__status"), names.toString());
        assertTrue(names.contains("order__ordered_at__month"), names.toString());
        // joined over the foreign entity customer onto the customers model's primary key
        assertTrue(names.contains("customer__country"), names.toString());
        assertTrue(names.indexOf("order__status") < names.indexOf("customer"), "entities last: " + names);
        assertFalse(names.contains("product__category"), "orders cannot reach products: " + names);
        assertFalse(names.contains("visit__channel"), "a foreign-to-foreign join would fan out: " + names);
    }

    @Test
    void severalMetricsKeepOnlyWhatAllReach() {
        List<String> orders = catalog.groupByNames(List.of("revenue"));
        List<String> both = catalog.groupByNames(List.of("revenue", "visits"));
        assertTrue(both.contains("customer__country"), both.toString());
        assertFalse(both.contains("order__status"), both.toString());
        assertTrue(orders.containsAll(both));
        // ratio and derived metrics follow their inputs
        assertEquals(orders, catalog.groupByNames(List.of("average_order_value")));
        assertEquals(orders, catalog.groupByNames(List.of("revenue_growth_mom")));
    }

    @Test
    void conversionMetricsGroupByTheirBaseEvent() {
        List<String> names = catalog.groupByNames(List.of("visit_to_order_rate"));
        assertTrue(names.contains("visit__channel"), names.toString());
        assertFalse(names.contains("order__status"), names.toString());
    }

    @Test
    void anUnknownMetricHasNoGroupBys() {
        assertEquals(List.of(), catalog.groupByNames(List.of("revenue", "no_such_metric")));
        assertEquals(List.of(), catalog.groupByNames(List.of()));
    }
}
