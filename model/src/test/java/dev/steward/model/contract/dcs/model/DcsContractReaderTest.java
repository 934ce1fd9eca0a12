package dev.steward.model.contract.dcs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.contract.odcs.model.ExtensionWalk;
import dev.steward.model.contract.odcs.model.Operator;
import dev.steward.model.testing.Corpus;
import dev.steward.model.yaml.YamlParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads DCS contracts: a hand-written 1.2.1 contract, odd input, and the corpus. */
class DcsContractReaderTest {

    private static final String CONTRACT = """
            dataContractSpecification: 1.2.1
            id: orders-latest
            info:
              title: Orders
              version: 2.0.0
              status: active
              owner: Checkout Team
              contact: {name: Jo, email: jo@example.com}
            servers:
              production:
                type: s3
                environment: prod
                location: s3://acme/orders/*.json
                format: json
                roles:
                  - name: analyst_us
                    description: US analysts
            terms:
              usage: Analytics only
              noticePeriod: P3M
              policies:
                - type: privacy-policy
                  url: https://example.com/privacy
            models:
              orders:
                type: table
                description: One record per order.
                primaryKey: [order_id]
                fields:
                  order_id:
                    $ref: '#/definitions/order_id'
                    required: true
                    primaryKey: true
                  order_total:
                    type: decimal
                    precision: 10
                    scale: 2
                    minimum: 0
                    quality:
                      - type: sql
                        query: SELECT COUNT(*) FROM orders WHERE order_total < 0
                        mustBe: 0
                    lineage:
                      inputFields:
                        - namespace: shop
                          name: raw_orders
                          field: total
                          transformations:
                            - type: DIRECT
                              subtype: TRANSFORMATION
                              masking: false
                  lines:
                    type: array
                    items:
                      type: object
                      fields:
                        sku: {type: string, pii: false, x-owner: ops}
                quality:
                  - type: library
                    metric: rowCount
                    mustBeGreaterThan: 10
            definitions:
              order_id:
                type: string
                format: uuid
                examples: [243c25e5-a081-43a9-aeab-6d5d5b6cb5e2]
            servicelevels:
              availability: {description: Business hours, percentage: 99.9%}
              retention: {period: P1Y, unlimited: false}
            links:
              catalog: https://catalog.example.com/orders
            tags: [checkout]
            x-team: checkout
            """;

    private static DcsContract read(String yaml) {
        return DcsContractReader.read(new YamlParser().parse(Path.of("c.yaml"), yaml)).orElseThrow();
    }

    @Test
    void readsEveryBlock() {
        DcsContract c = read(CONTRACT);
        assertEquals("1.2.1", c.dataContractSpecification());
        assertEquals("orders-latest", c.id());
        assertEquals("Orders", c.info().title());
        assertEquals("Checkout Team", c.info().owner());
        assertEquals("jo@example.com", c.info().contact().email());
        DcsServer s3 = c.servers().getFirst();
        assertEquals("production", s3.key());
        assertEquals(Map.of("location", "s3://acme/orders/*.json", "format", "json"), s3.properties());
        assertEquals("analyst_us", s3.roles().getFirst().name());
        assertEquals("P3M", c.terms().noticePeriod());
        assertEquals("privacy-policy", c.terms().policies().getFirst().type());
        DcsModel orders = c.models().getFirst();
        assertEquals("orders", orders.key());
        assertEquals(List.of("order_id"), orders.primaryKey());
        assertEquals(List.of("order_id", "order_total", "lines"), orders.fields().stream().map(DcsField::key).toList());
        assertEquals("#/definitions/order_id", orders.fields().getFirst().ref());
        DcsField total = orders.fields().get(1);
        assertEquals(new BigDecimal("10"), total.precision());
        assertEquals(new BigDecimal("0"), total.minimum());
        assertEquals(new Operator("mustBe", List.of("0"), total.quality().getFirst().operator().range()),
                total.quality().getFirst().operator());
        assertEquals("raw_orders", total.lineage().inputFields().getFirst().name());
        assertEquals(Boolean.FALSE, total.lineage().inputFields().getFirst().transformations().getFirst().masking());
        DcsField sku = orders.fields().get(2).items().fields().getFirst();
        assertEquals("sku", sku.key());
        assertNull(orders.fields().get(2).items().key());
        assertEquals("mustBeGreaterThan", orders.quality().getFirst().operator().kind());
        assertEquals(List.of("243c25e5-a081-43a9-aeab-6d5d5b6cb5e2"), c.definitions().getFirst().examples().stream()
                .map(n -> ((dev.steward.model.yaml.YamlScalar) n).value()).toList());
        assertEquals(List.of("availability", "retention"), c.servicelevels().levels().stream()
                .map(DcsServiceLevel::key).toList());
        assertEquals(Map.of("percentage", "99.9%"), c.servicelevels().levels().getFirst().properties());
        assertEquals(Map.of("catalog", "https://catalog.example.com/orders"), c.links());
        assertEquals(List.of("checkout"), c.tags());
        assertEquals(35, total.range().startLine());
    }

    @Test
    void unknownKeysStayAtTheirLevel() {
        DcsContract c = read(CONTRACT);
        assertEquals(List.of("lines.items.fields[0].x-owner (line 57)", "x-team (line 73)"),
                ExtensionWalk.of(c).stream().map(e -> e.replace("models[0].fields[2].", "lines.")).toList());
    }

    @Test
    void oddShapesNeverThrowAndAreKept() {
        DcsContract c = read("models: [a]\nservers: {s: 1}\nlinks: {a: [1]}\ninfo: text\n");
        assertEquals(List.of(), c.models());
        assertEquals(List.of(), c.servers());
        assertEquals(Map.of(), c.links());
        assertNull(c.info());
        assertEquals(List.of("models", "servers", "links", "info"), List.copyOf(c.extensions().keySet()));
    }

    /** Every DCS file of the corpus reads; files the standard accepts have their required info. */
    @Test
    void corpusFilesRead() throws IOException {
        Path corpus = Corpus.require();
        YamlParser parser = new YamlParser();
        List<String> problems = new ArrayList<>();
        int valid = 0;
        for (String set : List.of("datacontract-spec", "datacontract-cli-fixtures")) {
            Path dir = corpus.resolve(set);
            JsonNode manifest = new ObjectMapper().readTree(dir.resolve("MANIFEST.json").toFile());
            for (JsonNode file : manifest.path("files")) {
                if (!"DCS".equals(file.path("kind").asText())) {
                    continue;
                }
                Path path = dir.resolve(file.path("path").asText());
                var doc = parser.parse(path, Files.readString(path, StandardCharsets.UTF_8));
                var contract = DcsContractReader.read(doc);
                if (file.path("valid").asBoolean(false)) {
                    valid++;
                    if (contract.isEmpty() || contract.get().info() == null || contract.get().info().title() == null
                            || contract.get().id() == null) {
                        problems.add(path + ": id or info.title missing in a valid file");
                    } else {
                        ExtensionWalk.of(contract.get()).forEach(e -> System.out.println("extension: " + path + ": " + e));
                    }
                }
            }
        }
        assertTrue(valid > 10, "expected valid DCS files in the corpus, found " + valid);
        assertEquals(List.of(), problems);
    }
}
