package dev.steward.resources.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.yaml.YamlMapping;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the sample promises its users: a connected model, complete metadata, sane rules. */
class SampleContractsTest {

    private static final Set<String> OPERATORS = Set.of("mustBe", "mustNotBe", "mustBeGreaterThan",
            "mustBeGreaterOrEqualTo", "mustBeLessThan", "mustBeLessOrEqualTo", "mustBeBetween", "mustNotBeBetween");

    private final SampleContracts sample = new SampleContracts();

    @Test
    void everyRelationshipPointsToAPropertyOfTheWorkspace() {
        List<String> dangling = sample.references().stream()
                .filter(r -> !resolves(r.target()))
                .map(r -> r.file() + " " + r.where() + " -> " + r.target())
                .toList();
        assertEquals(List.of(), dangling);
        assertTrue(sample.references().stream().anyMatch(r -> r.target().equals("customers.customer_id")),
                "orders point to customers across files");
        assertTrue(sample.tables().values().stream().anyMatch(t -> SampleContracts.mappings(t.node().sequence("relationships"))
                .stream().anyMatch(rel -> SampleContracts.strings(rel.get("to").orElse(null)).size() > 1)),
                "one composite relationship at schema level");
    }

    private boolean resolves(String target) {
        String[] parts = target.split("\\.", 2);
        SampleContracts.Table table = sample.tables().get(parts[0]);
        return parts.length == 2 && table != null && table.propertyNames().contains(parts[1]);
    }

    @Test
    void libraryAndSqlRulesHaveExactlyOneOperator() {
        List<YamlMapping> rules = sample.qualityRules();
        for (YamlMapping rule : rules) {
            String type = rule.text("type").orElse("library");
            long operators = rule.keys().stream().filter(OPERATORS::contains).count();
            long expected = type.equals("text") ? 0 : 1;
            assertEquals(expected, operators, "rule at line " + rule.range().startLine() + ": " + rule.keys());
        }
        Set<String> kinds = new java.util.TreeSet<>();
        rules.forEach(r -> kinds.add(r.text("metric").orElse(r.text("type").orElse("library"))));
        assertTrue(kinds.containsAll(Set.of("nullValues", "duplicateValues", "rowCount", "sql", "text")), kinds.toString());
    }

    @Test
    void primaryKeysArePositionedFromOneWithoutGaps() {
        for (SampleContracts.Table table : sample.tables().values()) {
            List<Integer> positions = table.properties().stream()
                    .filter(p -> p.text("primaryKey").orElse("false").equals("true"))
                    .map(p -> Integer.parseInt(p.text("primaryKeyPosition").orElse("-1")))
                    .sorted()
                    .toList();
            assertEquals(IntStream.rangeClosed(1, positions.size()).boxed().toList(), positions, table.name());
            assertTrue(!positions.isEmpty(), table.name() + " has a primary key");
        }
    }

    @Test
    void everyPropertyIsDescribedAndTyped() {
        int count = 0;
        for (SampleContracts.Table table : sample.tables().values()) {
            for (YamlMapping p : table.properties()) {
                count++;
                String where = table.name() + "." + p.text("name").orElse("?");
                assertTrue(p.text("description").isPresent(), where + " has a description");
                assertTrue(p.text("logicalType").isPresent() && p.text("physicalType").isPresent(), where + " has both types");
            }
        }
        assertTrue(count >= 35, "the sample shows a realistic model: " + count + " properties");
    }

    @Test
    void personalDataIsClassified() {
        for (SampleContracts.Table table : sample.tables().values()) {
            for (YamlMapping p : table.properties()) {
                boolean pii = SampleContracts.strings(p.get("tags").orElse(null)).contains("pii");
                if (pii) {
                    assertTrue(Set.of("confidential", "restricted").contains(p.text("classification").orElse("")),
                            table.name() + "." + p.text("name").orElse("?") + " is PII and classified");
                }
            }
        }
    }

    @Test
    void everyContractCarriesOwnershipServersAndSla() {
        // the output contracts of the data mesh's derived products (customer-360, revenue-daily) are kept short
        List<YamlMapping> shop = sample.roots().stream()
                .filter(r -> !Set.of("customer-360", "revenue-daily").contains(r.text("id").orElse(""))).toList();
        assertEquals(6, sample.roots().size());
        assertEquals(4, shop.size());
        for (YamlMapping root : shop) {
            String name = root.text("name").orElse("?");
            assertEquals("v3.1.0", root.text("apiVersion").orElse(""), name);
            assertTrue(root.mapping("team").flatMap(t -> t.sequence("members")).map(m -> m.size() > 0).orElse(false), name + " team");
            assertTrue(root.sequence("support").isPresent() && root.sequence("roles").isPresent(), name + " support and roles");
            List<String> servers = SampleContracts.mappings(root.sequence("servers")).stream()
                    .map(s -> s.text("type").orElse("")).toList();
            assertEquals(List.of("postgres", "snowflake", "duckdb"), servers, name);
            List<String> sla = SampleContracts.mappings(root.sequence("slaProperties")).stream()
                    .map(s -> s.text("property").orElse("")).toList();
            assertTrue(sla.containsAll(List.of("latency", "retention", "frequency", "availability")), name + " " + sla);
        }
        assertEquals(1, sample.roots().stream().filter(r -> r.has("price")).count(), "one contract shows pricing");
    }
}
