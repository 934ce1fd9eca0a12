package dev.steward.model.contract.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.artifact.ArtifactDetector;
import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.testing.Corpus;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.FileReport;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Migrates the published DCS contracts of the shared corpus and checks the ODCS that comes out. */
class DcsToOdcsMigratorCorpusTest {

    private static List<Path> dcsFiles() throws IOException {
        Path root = Corpus.require().resolve("datacontract-spec");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static MigrationResult migrate(Path file) throws IOException {
        YamlDocument dcs = new YamlParser().parse(file, Files.readString(file));
        assertFalse(dcs.hasErrors(), "corpus file should parse: " + dcs.problems());
        return new DcsToOdcsMigrator().migrate(dcs);
    }

    /**
     * Every migrated file must be clean YAML recognised as ODCS. The lint assertion checks for zero
     * ERROR diagnostics from {@link ArtifactLinter#standard()}: today that catches YAML problems
     * only; once the ODCS structural checker lands it also holds the output to the ODCS 3.1.0
     * structure, which is the intent of this test (the output was checked against the ODCS 3.1.0
     * JSON Schema while writing the migrator).
     */
    @TestFactory
    Stream<DynamicTest> everyCorpusContractMigratesToCleanOdcs() throws IOException {
        List<Path> files = dcsFiles();
        assertTrue(files.size() >= 8, "expected the DCS examples and init templates, found " + files);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName() + " (" + file.getParent().getFileName() + ")", () -> {
            MigrationResult result = migrate(file);
            Path out = Path.of("migrated.odcs.yaml");

            assertEquals(Optional.of(ArtifactKind.ODCS), ArtifactDetector.detect(result.odcsYaml()));
            FileReport report = ArtifactLinter.standard().lint(out, result.odcsYaml(), ValidationContext.standalone());
            List<Diagnostic> errors = report.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
            assertEquals(List.of(), errors, result.odcsYaml());
            assertTrue(report.document().problems().isEmpty(), report.document().problems().toString());
            assertEquals(result.odcsYaml(), migrate(file).odcsYaml(), "the output must be deterministic");
        }));
    }

    @Test
    void readmeExampleFieldsAreMappedAsTheStandardsIntend() throws IOException {
        Path readme = Corpus.require().resolve("datacontract-spec/readme-example-orders-latest.datacontract.yaml");
        MigrationResult result = migrate(readme);
        YamlMapping odcs = new YamlParser().parse(result.odcsYaml()).rootMapping().orElseThrow();

        assertEquals("v3.1.0", text(odcs, "apiVersion"));
        assertEquals("orders-latest", text(odcs, "id"));
        assertEquals("Orders Latest", text(odcs, "name"));
        assertEquals("2.0.0", text(odcs, "version"));
        assertEquals("active", text(odcs, "status"));
        assertEquals("Checkout Team", text(odcs.mapping("team").orElseThrow(), "name"));
        assertTrue(text(odcs.mapping("description").orElseThrow(), "purpose").startsWith("Successful customer orders"));
        assertTrue(text(odcs.mapping("description").orElseThrow(), "usage").startsWith("Data can be used"));

        YamlMapping server = item(odcs.sequence("servers").orElseThrow(), 0);
        assertEquals("production", text(server, "server"));
        assertEquals("s3", text(server, "type"));
        assertEquals("analyst_us", text(item(server.sequence("roles").orElseThrow(), 0), "role"));

        YamlMapping orders = item(odcs.sequence("schema").orElseThrow(), 0);
        assertEquals("orders", text(orders, "name"));
        assertEquals("table", text(orders, "physicalType"));
        YamlMapping orderId = item(orders.sequence("properties").orElseThrow(), 0);
        assertEquals("order_id", text(orderId, "name"));
        assertEquals("Order ID", text(orderId, "businessName"), "title of the $ref'd definition");
        assertEquals("string", text(orderId, "logicalType"));
        assertEquals("text", text(orderId, "physicalType"));
        assertEquals("uuid", text(orderId.mapping("logicalTypeOptions").orElseThrow(), "format"));
        assertEquals("true", text(orderId, "primaryKey"));
        assertEquals("restricted", text(orderId, "classification"));
        YamlMapping pii = item(orderId.sequence("customProperties").orElseThrow(), 0);
        assertEquals("pii", text(pii, "property"));
        assertEquals(YamlScalar.Type.BOOLEAN, ((YamlScalar) pii.get("value").orElseThrow()).type());

        YamlMapping total = item(orders.sequence("properties").orElseThrow(), 2);
        assertEquals("integer", text(total, "logicalType"));
        assertEquals("long", text(total, "physicalType"));
        YamlMapping sqlCheck = item(total.sequence("quality").orElseThrow(), 0);
        assertEquals("sql", text(sqlCheck, "type"));
        assertEquals(2, sqlCheck.sequence("mustBeBetween").orElseThrow().size());

        YamlMapping lineItems = item(odcs.sequence("schema").orElseThrow(), 1);
        YamlSequence lineProps = lineItems.sequence("properties").orElseThrow();
        YamlMapping lineItemId = item(lineProps, 0);
        YamlMapping lineOrderId = item(lineProps, 1);
        assertEquals("2", text(lineItemId, "primaryKeyPosition"), "model primaryKey [order_id, line_item_id]");
        assertEquals("1", text(lineOrderId, "primaryKeyPosition"));
        YamlMapping relationship = item(lineOrderId.sequence("relationships").orElseThrow(), 0);
        assertEquals("foreignKey", text(relationship, "type"));
        assertEquals("orders.order_id", text(relationship, "to"));

        YamlSequence sla = odcs.sequence("slaProperties").orElseThrow();
        YamlMapping latency = sla.items().stream().map(YamlMapping.class::cast)
                .filter(m -> "latency".equals(text(m, "property"))).findFirst().orElseThrow();
        assertEquals("25", text(latency, "value"));
        assertEquals("h", text(latency, "unit"));

        assertTrue(result.losses().contains(
                "models.orders.fields.customer_email_address.lineage: not carried over (ODCS 3.1 has no field lineage)"),
                result.losses().toString());
        assertTrue(result.losses().stream().anyMatch(l -> l.startsWith("models.orders.examples:")), result.losses().toString());
    }

    private static String text(YamlMapping m, String key) {
        return m.text(key).orElse(null);
    }

    private static YamlMapping item(YamlSequence s, int i) {
        return (YamlMapping) s.get(i);
    }
}
