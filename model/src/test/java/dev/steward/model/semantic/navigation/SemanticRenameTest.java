package dev.steward.model.semantic.navigation;

import static dev.steward.model.semantic.navigation.ShopFixture.CUSTOMERS;
import static dev.steward.model.semantic.navigation.ShopFixture.ORDERS;
import static dev.steward.model.semantic.navigation.ShopFixture.QUERIES;
import static dev.steward.model.semantic.navigation.ShopFixture.offset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.text.TextEdit;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SemanticRenameTest {
    private final SemanticSymbolIndex index = ShopFixture.index();
    private final String orders = index.text(ORDERS).orElseThrow();

    @Test
    void renamingADimensionRewritesItsDefinitionAndEveryDunderPathInFilters() {
        SemanticRename.Result result = SemanticRename.rename(index, SymbolKey.dimension("customers", "region"), "sales_region");

        assertTrue(result.accepted(), result.refusal().orElse(""));
        assertEquals(java.util.Set.of(ORDERS, CUSTOMERS, QUERIES), result.edits().keySet());
        Map<Path, String> after = applied(result);
        assertTrue(after.get(ORDERS).contains("{{ Dimension('customer__sales_region') }} = 'EU'"));
        assertTrue(after.get(QUERIES).contains("- \"Dimension('customer__sales_region')\""));
        assertTrue(after.get(CUSTOMERS).contains("          name: sales_region\n"));
        assertTrue(after.get(CUSTOMERS).contains("      - name: region\n"), "the column keeps its name");
        assertResolvesTheSameWay(after, SymbolKey.dimension("customers", "region"),
                SymbolKey.dimension("customers", "sales_region"));
    }

    @Test
    void renamingAnEntityRewritesEveryModelAndTheEntityPartOfDunderNames() {
        int cursor = offset(orders, "Entity(''customer", 0, 10);
        SemanticRename.Result result = SemanticRename.rename(index, ORDERS, cursor, "buyer");

        assertTrue(result.accepted(), result.refusal().orElse(""));
        Map<Path, String> after = applied(result);
        assertTrue(after.get(ORDERS).contains("'{{ Entity(''buyer'') }} is not null'"));
        assertTrue(after.get(QUERIES).contains("entity_path=['order']"), "another entity is untouched");
        assertTrue(after.get(ORDERS).contains("window_groupings: [buyer]"));
        assertTrue(after.get(ORDERS).contains("      - name: buyer\n        type: foreign\n        expr: customer_id"));
        assertTrue(after.get(QUERIES).contains("order__status"));
        assertTrue(after.get(QUERIES).contains("Dimension('buyer__region')"));
        assertTrue(after.get(QUERIES).contains("{{ Metric('orders_placed', group_by=['buyer']) }} > 2"));
        assertResolvesTheSameWay(after, SymbolKey.of(SymbolKind.ENTITY, "customer"), SymbolKey.of(SymbolKind.ENTITY, "buyer"));
    }

    @Test
    void renamingAMetricRewritesRatioDerivedExprSavedQueryAndOrderBy() {
        SemanticRename.Result result = SemanticRename.rename(index, SymbolKey.of(SymbolKind.METRIC, "revenue"), "net_revenue");

        Map<Path, String> after = applied(result);
        assertTrue(after.get(QUERIES).contains("expr: net_revenue / customer_count"));
        assertTrue(after.get(QUERIES).contains("metrics: [net_revenue, customer_count]"));
        assertTrue(after.get(ORDERS).contains("numerator: net_revenue"));
        assertTrue(after.get(ORDERS).contains("measure: order_total"), "the measure of the same name is untouched");
        assertResolvesTheSameWay(after, SymbolKey.of(SymbolKind.METRIC, "revenue"), SymbolKey.of(SymbolKind.METRIC, "net_revenue"));
    }

    @Test
    void renamingAMeasureKeepsCommentsAndEveryOtherLineByteIdentical() {
        SemanticRename.Result result = SemanticRename.rename(index, SymbolKey.of(SymbolKind.MEASURE, "order_total"), "gross_amount");

        assertEquals(List.of(ORDERS), List.copyOf(result.edits().keySet()));
        assertEquals(4, result.editCount());
        String after = applied(result).get(ORDERS);
        String[] before = orders.split("\n", -1);
        String[] lines = after.split("\n", -1);
        assertEquals(before.length, lines.length);
        for (int i = 0; i < lines.length; i++) {
            assertEquals(before[i].replace("order_total", "gross_amount"), lines[i], "line " + (i + 1));
        }
        assertTrue(after.contains("agg_time_dimension: ordered_at   # the default time axis"));
        assertResolvesTheSameWay(applied(result), SymbolKey.of(SymbolKind.MEASURE, "order_total"),
                SymbolKey.of(SymbolKind.MEASURE, "gross_amount"));
    }

    @Test
    void aDimensionNamedByItsColumnGetsAnExplicitNameAndTheColumnKeepsItsOwn() {
        SemanticRename.Result shorthand = SemanticRename.rename(index, SymbolKey.dimension("customers", "segment"), "tier");
        Map<Path, String> after = applied(shorthand);
        assertTrue(after.get(CUSTOMERS).contains("      - name: segment\n        dimension: {type: categorical, name: tier}\n"),
                after.get(CUSTOMERS));
        assertTrue(after.get(QUERIES).contains("        - customer__tier\n"));
        assertResolvesTheSameWay(after, SymbolKey.dimension("customers", "segment"), SymbolKey.dimension("customers", "tier"));

        SemanticRename.Result mapping = SemanticRename.rename(index, SymbolKey.dimension("customers", "signup_channel"), "channel");
        after = applied(mapping);
        assertTrue(after.get(CUSTOMERS).contains("""
                      - name: signup_channel
                        description: Where the customer signed up.
                        dimension:
                          name: channel
                          type: categorical
                """), after.get(CUSTOMERS));
        assertResolvesTheSameWay(after, SymbolKey.dimension("customers", "signup_channel"),
                SymbolKey.dimension("customers", "channel"));
    }

    @Test
    void anInvalidNameIsRefusedWithTheRule() {
        for (String bad : List.of("Region", "sales__region", "region_", "2region", "month", "metric_time", "")) {
            SemanticRename.Result result = SemanticRename.rename(index, SymbolKey.dimension("customers", "region"), bad);
            assertFalse(result.accepted(), bad);
            assertTrue(result.edits().isEmpty());
            assertTrue(result.refusal().orElseThrow().startsWith("Cannot rename dimension customers.region"),
                    result.refusal().get());
        }
    }

    @Test
    void aNameTakenInTheSameModelOrProjectIsRefused() {
        SemanticRename.Result element = SemanticRename.rename(index, SymbolKey.dimension("orders", "status"), "order_count");
        assertTrue(element.refusal().orElseThrow().contains("semantic model orders already has a measure 'order_count'"),
                element.refusal().get());
        SemanticRename.Result metric = SemanticRename.rename(index, SymbolKey.of(SymbolKind.METRIC, "revenue"), "eu_revenue");
        assertTrue(metric.refusal().orElseThrow().contains("a metric 'eu_revenue' already exists at orders.yml:"),
                metric.refusal().get());
        SemanticRename.Result other = SemanticRename.rename(index, SymbolKey.dimension("orders", "status"), "region");
        assertTrue(other.accepted(), "a dimension name used by another model is fine");
        Map<Path, String> after = applied(other);
        assertTrue(after.get(ORDERS).contains("- base_property: region\n            conversion_property: region\n"),
                "constant properties follow the dimension");
        assertResolvesTheSameWay(after, SymbolKey.dimension("orders", "status"), SymbolKey.dimension("orders", "region"));
        // customer__region still means the region of customers, the model the customer entity identifies
        SymbolKey customersRegion = SymbolKey.dimension("customers", "region");
        assertEquals(perFile(index.occurrences(customersRegion)),
                perFile(SemanticSymbolIndex.of(Path.of("shop"), after).occurrences(customersRegion)));
    }

    @Test
    void aNameOutsideASymbolIsRefused() {
        SemanticRename.Result result = SemanticRename.rename(index, ORDERS, offset(orders, "window: 7 days", 0, 3), "x_y");
        assertFalse(result.accepted());
    }

    private Map<Path, String> applied(SemanticRename.Result result) {
        Map<Path, String> files = new TreeMap<>(ShopFixture.files());
        result.edits().forEach((path, edits) -> files.put(path, TextEdit.applyAll(files.get(path), edits)));
        return files;
    }

    /** After the rename every name still resolves, and the renamed symbol has as many occurrences per file. */
    private void assertResolvesTheSameWay(Map<Path, String> after, SymbolKey from, SymbolKey to) {
        SemanticSymbolIndex renamed = SemanticSymbolIndex.of(Path.of("shop"), after);
        assertEquals(List.of(), renamed.unresolved());
        assertEquals(List.of(), renamed.occurrences(from));
        assertEquals(perFile(index.occurrences(from)), perFile(renamed.occurrences(to)));
        assertEquals(index.definitions().size(), renamed.definitions().size());
    }

    private static Map<String, Long> perFile(List<SymbolOccurrence> occurrences) {
        Map<String, Long> out = new TreeMap<>();
        occurrences.forEach(o -> out.merge(o.location().path() + (o.definition() ? " def" : " ref"), 1L, Long::sum));
        return out;
    }
}
