package dev.steward.model.semantic.navigation;

import static dev.steward.model.semantic.navigation.ShopFixture.CUSTOMERS;
import static dev.steward.model.semantic.navigation.ShopFixture.ORDERS;
import static dev.steward.model.semantic.navigation.ShopFixture.QUERIES;
import static dev.steward.model.semantic.navigation.ShopFixture.offset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SemanticNavigatorTest {
    private final SemanticSymbolIndex index = ShopFixture.index();
    private final String orders = index.text(ORDERS).orElseThrow();
    private final String customers = index.text(CUSTOMERS).orElseThrow();
    private final String queries = index.text(QUERIES).orElseThrow();

    @Test
    void everyNameInTheFixtureResolves() {
        assertEquals(List.of(), index.unresolved());
    }

    @Test
    void aDimensionInABlockFilterGoesToTheModelReachedThroughTheEntity() {
        int cursor = offset(orders, "customer__region", 0, "customer__".length() + 2);
        SymbolLocation target = SemanticNavigator.definitionAt(index, ORDERS, cursor).orElseThrow();
        assertEquals(CUSTOMERS, target.path());
        assertEquals("region", text(customers, target));
        assertEquals(offset(customers, "name: region", 1, 6), target.range().startOffset());
    }

    @Test
    void theEntityPartOfADunderNameGoesToTheModelWhereItIsPrimary() {
        int cursor = offset(queries, "customer__region", 0, 1);
        SymbolLocation target = SemanticNavigator.definitionAt(index, QUERIES, cursor).orElseThrow();
        assertEquals(CUSTOMERS, target.path());
        assertEquals(offset(customers, "name: customer\n", 0, 6), target.range().startOffset());
    }

    @Test
    void aDunderDimensionPrefersTheModelTheEntityIdentifies() {
        String a = """
                semantic_models:
                  - name: orders
                    model: ref('orders')
                    entities:
                      - name: customer
                        type: foreign
                    dimensions:
                      - name: region
                        type: categorical
                    measures:
                      - name: order_count
                        agg: count
                        expr: 1
                metrics:
                  - name: eu_orders
                    type: simple
                    type_params:
                      measure: order_count
                    filter: "{{ Dimension('customer__region') }} = 'EU'"
                """;
        String b = """
                semantic_models:
                  - name: customers
                    model: ref('customers')
                    entities:
                      - name: customer
                        type: primary
                    dimensions:
                      - name: region
                        type: categorical
                """;
        SemanticSymbolIndex small = SemanticSymbolIndex.of(Path.of("p"), Map.of(Path.of("a.yml"), a, Path.of("b.yml"), b));
        SymbolLocation target = SemanticNavigator.definitionAt(small, Path.of("a.yml"), a.indexOf("customer__region") + 12)
                .orElseThrow();
        assertEquals(Path.of("b.yml"), target.path());
    }

    @Test
    void aMeasureInTypeParamsGoesToItsDefinition() {
        int cursor = offset(orders, "measure: order_total", 0, "measure: ".length());
        SymbolLocation target = SemanticNavigator.definitionAt(index, ORDERS, cursor).orElseThrow();
        assertEquals(offset(orders, "- name: order_total", 0, 8), target.range().startOffset());
    }

    @Test
    void aNameInADoubledSingleQuoteFilterMapsExactly() {
        int cursor = offset(orders, "Entity(''customer", 0, "Entity(''".length());
        assertEquals(SymbolKey.of(SymbolKind.ENTITY, "customer"),
                SemanticNavigator.symbolAt(index, ORDERS, cursor).orElseThrow());
    }

    @Test
    void entityPathAndMetricGroupByNamesAreReferences() {
        assertEquals(SymbolKey.of(SymbolKind.ENTITY, "order"),
                SemanticNavigator.symbolAt(index, QUERIES, offset(queries, "entity_path=['order", 0, 15)).orElseThrow());
        assertEquals(SymbolKey.of(SymbolKind.ENTITY, "customer"),
                SemanticNavigator.symbolAt(index, QUERIES, offset(queries, "group_by=['customer", 0, 12)).orElseThrow());
        assertEquals(SymbolKey.of(SymbolKind.METRIC, "orders_placed"),
                SemanticNavigator.symbolAt(index, QUERIES, offset(queries, "Metric('orders_placed", 0, 9)).orElseThrow());
    }

    @Test
    void noSymbolOnPlainTextOrGrains() {
        assertTrue(SemanticNavigator.symbolAt(index, ORDERS, offset(orders, "window: 7 days", 0, 9)).isEmpty());
        assertTrue(SemanticNavigator.symbolAt(index, QUERIES, offset(queries, "metric_time", 0, 2)).isEmpty());
    }

    @Test
    void usagesOfAMetricIncludeDerivedExprSavedQueryAndOrderBy() {
        List<SymbolOccurrence> usages = SemanticNavigator.usagesAt(index, ORDERS, offset(orders, "name: revenue", 0, 7));
        assertEquals(1, usages.stream().filter(SymbolOccurrence::definition).count());
        List<String> where = usages.stream().filter(o -> !o.definition()).map(o -> o.location().path() + ":"
                + o.location().range().startLine()).toList();
        // numerator in orders.yml; expr, input, saved query metrics and order_by in queries.yml
        assertEquals(List.of("orders.yml:63", "queries.yml:7", "queries.yml:9", "queries.yml:17", "queries.yml:25"), where);
    }

    @Test
    void hoverShowsKindFactsDescriptionAndLocation() {
        int cursor = offset(orders, "measure: order_total", 0, "measure: ".length() + 1);
        SemanticNavigator.Hover hover = SemanticNavigator.hoverAt(index, ORDERS, cursor).orElseThrow();
        assertEquals("measure order_total", hover.title());
        assertTrue(hover.facts().contains("agg: sum"), hover.facts().toString());
        assertTrue(hover.facts().contains("semantic model: orders"), hover.facts().toString());
        assertEquals("Total amount of the order including tax.", hover.description().orElseThrow());
        assertTrue(hover.text().endsWith("orders.yml:24"), hover.text());
    }

    @Test
    void hoverOverALatestSpecDimensionShowsItsGrain() {
        int cursor = offset(customers, "agg_time_dimension: first_ordered_at", 0, 22);
        SemanticNavigator.Hover hover = SemanticNavigator.hoverAt(index, CUSTOMERS, cursor).orElseThrow();
        assertEquals("dimension first_ordered_at", hover.title());
        assertTrue(hover.facts().contains("type: time (day)"), hover.facts().toString());
    }

    @Test
    void anEditedFileIsRescannedAlone() {
        String edited = queries.replace("- revenue\n        - name", "- revenue_typo\n        - name");
        SemanticSymbolIndex next = index.with(QUERIES, edited);
        assertEquals(List.of("revenue_typo"), next.unresolved().stream().map(UnresolvedName::name).toList());
        assertEquals(index.occurrences(ORDERS), next.occurrences(ORDERS));
    }

    private static String text(String file, SymbolLocation at) {
        return file.substring(at.range().startOffset(), at.range().endOffset());
    }
}
