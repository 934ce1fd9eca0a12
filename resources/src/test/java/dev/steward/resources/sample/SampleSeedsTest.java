package dev.steward.resources.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.yaml.YamlMapping;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seed rows fit the contracts: same columns, unique keys, and foreign keys that resolve. */
class SampleSeedsTest {

    private final SampleContracts sample = new SampleContracts();

    /** Rows of a seed file (no quoted commas in the seeds), header first. */
    private static List<List<String>> csv(String table) {
        return BundledSample.read("seeds/" + table + ".csv").lines()
                .map(line -> Arrays.asList(line.split(",", -1)))
                .toList();
    }

    private static Set<String> column(String table, String name) {
        List<List<String>> rows = csv(table);
        int i = rows.get(0).indexOf(name);
        assertTrue(i >= 0, table + " has column " + name);
        Set<String> values = new HashSet<>();
        rows.subList(1, rows.size()).forEach(r -> values.add(r.get(i)));
        return values;
    }

    @Test
    void everySeedHasAColumnForEachScalarPropertyOfItsTable() {
        for (String table : List.of("customers", "products", "orders", "order_lines", "payments")) {
            List<String> header = csv(table).get(0);
            for (YamlMapping p : sample.tables().get(table).properties()) {
                if (!p.has("properties")) {
                    assertTrue(header.contains(p.text("name").orElseThrow()), table + " seed lacks " + p.text("name"));
                }
            }
            assertTrue(csv(table).size() > 20, table + " has a few dozen rows");
        }
    }

    @Test
    void primaryKeysAreUnique() {
        assertEquals(csv("customers").size() - 1, column("customers", "customer_id").size());
        assertEquals(csv("products").size() - 1, column("products", "product_id").size());
        assertEquals(csv("orders").size() - 1, column("orders", "order_id").size());
        assertEquals(csv("payments").size() - 1, column("payments", "payment_id").size());
    }

    @Test
    void foreignKeysResolve() {
        assertTrue(column("customers", "customer_id").containsAll(column("orders", "customer_id")));
        assertTrue(column("orders", "order_id").containsAll(column("order_lines", "order_id")));
        assertTrue(column("products", "product_id").containsAll(column("order_lines", "product_id")));
        assertTrue(column("orders", "order_id").containsAll(column("payments", "order_id")));
    }
}
