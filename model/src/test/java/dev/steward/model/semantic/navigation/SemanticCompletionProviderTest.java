package dev.steward.model.semantic.navigation;

import static dev.steward.model.semantic.navigation.ShopFixture.CUSTOMERS;
import static dev.steward.model.semantic.navigation.ShopFixture.ORDERS;
import static dev.steward.model.semantic.navigation.ShopFixture.QUERIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.completion.CompletionItem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SemanticCompletionProviderTest {
    private final SemanticSymbolIndex index = ShopFixture.index();

    @Test
    void measureNamesWhereAMeasureIsExpected() {
        String text = index.text(ORDERS).orElseThrow().replace("measure: order_total\n  - name: orders_placed",
                "measure: order_\n  - name: orders_placed");
        int cursor = text.indexOf("measure: order_") + "measure: order_".length();
        List<CompletionItem> items = complete(ORDERS, text, cursor);

        assertEquals(List.of("order_total", "order_count"), labels(items));
        assertEquals("measure · sum · orders — Total amount of the order including tax.", items.getFirst().detail());
        assertEquals(CompletionItem.Kind.REFERENCE, items.getFirst().kind());
        assertEquals(cursor - "order_".length(), items.getFirst().replaceStart());
    }

    @Test
    void groupByOffersOnlyNamesEveryMetricOfTheSavedQueryReaches() {
        String text = index.text(QUERIES).orElseThrow().replace("        - order__status\n", "        - order__status\n        - \n");
        int cursor = text.indexOf("        - \n") + "        - ".length();
        List<String> names = labels(complete(QUERIES, text, cursor));

        assertTrue(names.contains("customer__region"), names.toString());
        assertTrue(names.contains("metric_time__month"), names.toString());
        assertTrue(names.contains("customer"), names.toString());
        // orders.status is reachable from revenue (orders) but not from customer_count (customers): no fan-out join
        assertFalse(names.contains("order__status"), names.toString());
    }

    @Test
    void dimensionObjectInAFilterOffersDimensionsReachableFromTheMetric() {
        String text = index.text(ORDERS).orElseThrow().replace("{{ Dimension('customer__region') }} = 'EU'",
                "{{ Dimension('cu') }} = 'EU'");
        int cursor = text.indexOf("Dimension('cu") + "Dimension('cu".length();
        List<CompletionItem> items = complete(ORDERS, text, cursor);

        assertEquals(List.of("customer__region", "customer__first_ordered_at", "customer__segment",
                "customer__signup_channel"), labels(items));
        assertTrue(items.getFirst().detail().startsWith("dimension · customers — Sales region"), items.getFirst().detail());
        assertEquals(text.indexOf("Dimension('cu") + "Dimension('".length(), items.getFirst().replaceStart());
        assertEquals(cursor, items.getFirst().replaceEnd());
    }

    @Test
    void entityAndMetricObjectsOfferTheirKinds() {
        String text = index.text(CUSTOMERS).orElseThrow().replace("{{ Dimension('customer__region') }} != 'test'",
                "{{ Entity('') }} and {{ Metric('rev', group_by=['customer']) }}");
        List<String> entities = labels(complete(CUSTOMERS, text, text.indexOf("Entity('") + 8));
        assertEquals(List.of("customer"), entities);
        List<String> metrics = labels(complete(CUSTOMERS, text, text.indexOf("Metric('rev") + 11));
        assertEquals(List.of("revenue", "revenue_per_order", "revenue_per_customer"), metrics);
    }

    @Test
    void enumValuesDependOnTheMapping() {
        String text = "semantic_models:\n  - name: x\n    entities:\n      - name: e\n        type: \n";
        assertEquals(List.of("primary", "unique", "foreign", "natural"), labels(complete(Path.of("new.yml"), text, text.length() - 1)));
        String metric = "metrics:\n  - name: m\n    type: r\n";
        assertEquals(List.of("ratio"), labels(complete(Path.of("new.yml"), metric, metric.length() - 1)));
        String grain = "models:\n  - name: c\n    columns:\n      - name: d\n        granularity: mo\n";
        assertEquals(List.of("month"), labels(complete(Path.of("new.yml"), grain, grain.length() - 1)));
    }

    @Test
    void keysOfAMeasureWithoutThosePresentAndWhileTheFileDoesNotParse() {
        String text = "semantic_models:\n  - name: x\n    measures:\n      - name: m\n        agg\n    entities: [\n";
        int cursor = text.indexOf("        agg") + "        agg".length();
        List<CompletionItem> items = complete(Path.of("new.yml"), text, cursor);
        assertEquals(List.of("agg", "agg_time_dimension", "agg_params"), labels(items));
        assertEquals(CompletionItem.Kind.KEY, items.getFirst().kind());
        assertEquals("agg_params:\n          ", items.get(2).insertText());
    }

    @Test
    void aggTimeDimensionOffersTheModelsTimeDimensions() {
        String text = index.text(ORDERS).orElseThrow().replace("agg_time_dimension: ordered_at\n      - name: balance",
                "agg_time_dimension: \n      - name: balance");
        int cursor = text.indexOf("agg_time_dimension: \n") + "agg_time_dimension: ".length();
        assertEquals(List.of("ordered_at"), labels(complete(ORDERS, text, cursor)));
    }

    @Test
    void aDerivedExprOffersTheNamesOfItsInputs() {
        String text = index.text(QUERIES).orElseThrow().replace("expr: revenue / customer_count", "expr: revenue / c");
        int cursor = text.indexOf("expr: revenue / c") + "expr: revenue / c".length();
        List<CompletionItem> items = complete(QUERIES, text, cursor);
        assertEquals(List.of("customer_count"), labels(items));
        assertEquals("input of revenue_per_customer · metric", items.getFirst().detail());
    }

    @Test
    void metricListsAndWindowGroupingsOfferTheirKinds() {
        String text = index.text(QUERIES).orElseThrow().replace("metrics: [orders_placed]", "metrics: [orders_placed, rev]");
        int cursor = text.indexOf(", rev]") + ", rev".length();
        assertEquals(List.of("revenue", "revenue_per_order", "revenue_per_customer"), labels(complete(QUERIES, text, cursor)));

        String orders = index.text(ORDERS).orElseThrow().replace("window_groupings: [customer]", "window_groupings:\n            - ");
        int item = orders.indexOf("            - \n") + "            - ".length();
        assertEquals(List.of("customer", "order"), labels(complete(ORDERS, orders, item)));
        String root = "metrics: \n";
        assertEquals(List.of(), complete(Path.of("new.yml"), root, root.length() - 1), "no metric names as the value of the top-level list");
    }

    @Test
    void grainsAndDatePartsInsideFilterObjects() {
        String text = "metrics:\n  - name: m\n    filter: \"{{ TimeDimension('metric_time', 'mo";
        assertEquals(List.of("month"), labels(complete(Path.of("new.yml"), text, text.length())));
        String grain = "    filter: \"{{ Dimension('order__ordered_at').grain('q";
        assertEquals(List.of("quarter"), labels(complete(Path.of("new.yml"), grain, grain.length())));
        String part = "    filter: \"{{ TimeDimension('metric_time').date_part('d";
        assertEquals(List.of("day", "dow", "doy"), labels(complete(Path.of("new.yml"), part, part.length())));
    }

    @Test
    void nothingInFreeText() {
        String text = "metrics:\n  - name: m\n    description: some \n";
        assertEquals(List.of(), complete(Path.of("new.yml"), text, text.length() - 1));
    }

    private List<CompletionItem> complete(Path path, String text, int offset) {
        return new SemanticCompletionProvider(() -> index, path).complete(text, offset);
    }

    private static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::label).toList();
    }
}
