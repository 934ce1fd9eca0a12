package dev.steward.model.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.preview.SeedLoad.SeedTable;
import dev.steward.model.preview.SeedLoad.TypeSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeedDatabaseTest {

    static final Path SAMPLE = Path.of("../resources/src/main/resources/dev/steward/resources/sample");

    private static SeedDatabase sample;

    @BeforeAll
    static void loadSample() throws SQLException {
        assertTrue(Files.isDirectory(SAMPLE.resolve("seeds")), "sample workspace not found at " + SAMPLE.toAbsolutePath());
        sample = SeedDatabase.load(SAMPLE);
    }

    @AfterAll
    static void close() {
        sample.close();
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, String> types(SeedTable table) {
        return table.columns().stream().collect(Collectors.toMap(c -> c.name(), c -> c.type().sql()));
    }

    @Test
    void everySampleSeedIsATableWithItsRowCount() throws SQLException {
        SeedLoad load = sample.report();
        assertEquals(List.of("customers", "order_lines", "orders", "payments", "products", "site_visits"),
                load.tables().stream().map(SeedTable::name).toList());
        Map<String, Long> rows = load.tables().stream().collect(Collectors.toMap(SeedTable::name, SeedTable::rowCount));
        assertEquals(Map.of("customers", 220L, "order_lines", 2215L, "orders", 1137L, "payments", 1137L, "products", 24L,
                "site_visits", 4372L), rows);
        load.tables().forEach(t -> assertEquals(0, t.rejectedRows(), t.name()));
        try (Connection c = sample.queryConnection()) {
            for (SeedTable t : load.tables()) {
                assertEquals(t.rowCount(), count(c, "SELECT COUNT(*) FROM \"" + t.name() + "\""), t.name());
            }
        }
        System.out.println("Sample seeds loaded in " + load.elapsed().toMillis() + " ms");
    }

    @Test
    void contractsDecideTypesAndUndeclaredColumnsAreInferredWithAWarning() {
        SeedLoad load = sample.report();
        SeedTable customers = load.table("customers").orElseThrow();
        Map<String, String> types = types(customers);
        assertEquals("BIGINT", types.get("customer_id"));
        assertEquals("VARCHAR(320)", types.get("email"));
        assertEquals("VARCHAR(2)", types.get("country_code"));
        assertEquals("TIMESTAMP(9) WITH TIME ZONE", types.get("signed_up_at"));
        assertEquals("BOOLEAN", types.get("marketing_opt_in"));
        assertEquals(TypeSource.CONTRACT, customers.column("email").orElseThrow().source());
        // The contract nests the address (billing_address.street); the flat seed columns are inferred.
        assertEquals(TypeSource.INFERRED, customers.column("billing_city").orElseThrow().source());
        assertEquals("VARCHAR", types.get("billing_city"));
        List<Diagnostic> undeclared = load.problems().stream()
                .filter(d -> d.rule().equals(SeedLoad.RULE_UNDECLARED_COLUMN)).toList();
        assertEquals(List.of("billing_street", "billing_postcode", "billing_city"), undeclared.stream()
                .map(d -> d.message().substring(d.message().indexOf('\'') + 1, d.message().indexOf('\'', d.message().indexOf('\'') + 1)))
                .toList());
        assertTrue(undeclared.stream().allMatch(d -> d.severity() == Severity.WARNING && d.line() == 1));

        assertEquals(Map.of("product_id", "INTEGER", "sku", "VARCHAR(32)", "name", "VARCHAR(200)", "category", "VARCHAR(40)",
                "unit_price_cents", "INTEGER", "weight_grams", "DECIMAL(8,1)", "active", "BOOLEAN", "launched_on", "DATE"),
                types(load.table("products").orElseThrow()));
        assertEquals("UUID", types(load.table("payments").orElseThrow()).get("payment_id"));
        assertEquals("SMALLINT", types(load.table("order_lines").orElseThrow()).get("line_number"));
        assertEquals(List.of("Property 'billing_address' of schema object 'customers' in customers.odcs.yaml has no column"
                + " in this seed; queries using it cannot be previewed"), load.problems().stream()
                .filter(d -> d.rule().equals(SeedLoad.RULE_MISSING_COLUMN)).map(Diagnostic::message).toList());
        assertTrue(load.problems().stream().noneMatch(d -> d.severity() == Severity.ERROR), load.problems().toString());
    }

    @Test
    void keysJoinAcrossSeeds() throws SQLException {
        try (Connection c = sample.queryConnection()) {
            long orders = count(c, "SELECT COUNT(*) FROM \"orders\"");
            assertEquals(orders, count(c, "SELECT COUNT(*) FROM \"customers\" c JOIN \"orders\" o ON o.\"customer_id\" = c.\"customer_id\""));
            assertEquals(2215, count(c, "SELECT COUNT(*) FROM \"order_lines\" l JOIN \"orders\" o ON o.\"order_id\" = l.\"order_id\""
                    + " JOIN \"products\" p ON p.\"product_id\" = l.\"product_id\""));
        }
    }
}
