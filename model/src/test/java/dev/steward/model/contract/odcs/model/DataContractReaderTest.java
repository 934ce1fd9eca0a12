package dev.steward.model.contract.odcs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.validation.WorkspaceIndex;
import dev.steward.model.yaml.YamlParser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads a hand-written v3.2.0 contract that uses every key of the standard. */
class DataContractReaderTest {

    private static final Path PATH = Path.of("full.odcs.yaml");
    private static String text;
    private static DataContract contract;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = DataContractReaderTest.class.getResourceAsStream("full.odcs.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        contract = DataContractReader.read(new YamlParser().parse(PATH, text)).orElseThrow();
    }

    @Test
    void theFixtureIsAValidContractSoEveryKeyIsStandard() {
        List<Diagnostic> errors = ArtifactLinter.standard().lint(PATH, text,
                        new ValidationContext(new WorkspaceIndex(Path.of(".")), ValidationPolicy.DEFAULT))
                .diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors);
        assertEquals(List.of(), ExtensionWalk.of(contract), "a valid contract reads without extensions");
    }

    @Test
    void fundamentals() {
        assertEquals("v3.2.0", contract.apiVersion());
        assertEquals("DataContract", contract.kind());
        assertEquals("53581432-6c55-4ba2-a65f-72344a91553a", contract.id());
        assertEquals("Orders", contract.name());
        assertEquals("1.2.0", contract.version());
        assertEquals("active", contract.status());
        assertEquals("acme", contract.tenant());
        assertEquals("sales", contract.domain());
        assertEquals("order-analytics", contract.dataProduct());
        assertEquals(List.of("finance", "gold"), contract.tags());
        assertEquals("2025-01-15T10:00:00Z", contract.contractCreatedTs());
        assertEquals(1, contract.range().startLine());
        Description d = contract.description();
        assertEquals("Orders placed on the web shop.", d.purpose());
        assertEquals("Excludes test orders.", d.limitations());
        assertEquals("Revenue reporting.", d.usage());
        assertEquals("https://wiki.acme.example/orders", d.authoritativeDefinitions().getFirst().url());
        assertEquals("The business glossary entry", d.authoritativeDefinitions().getFirst().description());
        assertEquals("CC-42", text(d.customProperties().getFirst().value()));
        assertEquals(13, d.range().startLine());
    }

    @Test
    void schemaObject() {
        SchemaObject o = contract.schemaObject("orders_tbl").orElseThrow();
        assertEquals("orders", o.name());
        assertEquals("orders_v1", o.physicalName());
        assertEquals("table", o.physicalType());
        assertEquals("object", o.logicalType());
        assertEquals("Customer orders", o.businessName());
        assertEquals("One row per order line", o.dataGranularityDescription());
        assertEquals(List.of("core"), o.tags());
        assertEquals("canonicalUrl", o.authoritativeDefinitions().getFirst().type());
        assertEquals("retention_cp", o.customProperties().getFirst().id());
        assertEquals("Legal hold", o.customProperties().getFirst().description());
        assertEquals("purchases", o.synonyms().getFirst().synonym());
        assertEquals("approved", o.synonyms().getFirst().status());
        assertEquals("purchases@en", o.synonyms().getFirst().key());
        assertEquals("https://catalog.acme.example/orders", o.authoritativeDefinitions().getFirst().key());
        assertEquals("Prefer net amounts.", o.context().instructions());
        assertEquals(8, o.properties().size());
        assertEquals(24, o.range().startLine());
        assertEquals(5, o.range().startColumn());
    }

    @Test
    void compositeRelationshipKeepsBothSides() {
        Relationship r = contract.schema().getFirst().relationships().getFirst();
        assertEquals("foreignKey", r.type());
        assertEquals(List.of("orders.customer_id", "orders.region"), r.from());
        assertEquals(List.of("customers.id", "customers.region"), r.to());
        assertTrue(r.listForm());
        assertEquals("orders.customer_id,orders.region->customers.id,customers.region", r.key());
        Relationship single = property("customer_id").relationships().getFirst();
        assertEquals(List.of(), single.from());
        assertEquals(List.of("customers.id"), single.to());
        assertFalse(single.listForm());
        assertEquals("->customers.id", single.key());
        assertEquals("many-to-one", text(single.customProperties().getFirst().value()));
    }

    @Test
    void libraryQualityCheck() {
        QualityRule q = contract.schema().getFirst().quality().getFirst();
        assertEquals("rows_present", q.key());
        assertEquals("Has rows", q.name());
        assertEquals("library", q.type());
        assertEquals("rowCount", q.metric());
        assertEquals(new Operator("mustBeGreaterThan", List.of("0"), q.operator().range()), q.operator());
        assertEquals(59, q.operator().range().startLine());
        assertEquals(9, q.operator().range().startColumn());
        assertEquals("completeness", q.dimension());
        assertEquals("error", q.severity());
        assertEquals("operational", q.businessImpact());
        assertEquals("rows", q.unit());
        assertEquals("0 6 * * *", q.schedule());
        assertEquals("cron", q.scheduler());
        assertEquals("reconciliation", q.method());
        assertEquals(List.of("daily"), q.tags());
    }

    @Test
    void sqlAndCustomQualityChecks() {
        List<QualityRule> checks = property("order_id").quality();
        QualityRule sql = checks.get(0);
        assertEquals("SELECT COUNT(*) FROM {object} WHERE {property} IS NULL", sql.query());
        assertEquals("mustBeBetween", sql.operator().kind());
        assertTrue(sql.operator().between());
        assertEquals(List.of("0", "10"), sql.operator().values());
        QualityRule custom = checks.get(1);
        assertEquals("soda", custom.engine());
        assertEquals(Map.of("type", "row_count", "must_be", "5"),
                ExtensionsTest.texts(((dev.steward.model.yaml.YamlMapping) custom.implementation())));
        assertNull(custom.operator());
    }

    @Test
    void propertyWithEveryScalarKey() {
        SchemaProperty p = property("order_id");
        assertEquals("order_id_prop", p.key());
        assertEquals("ORDER_ID", p.physicalName());
        assertEquals("VARCHAR(36)", p.physicalType());
        assertEquals("string", p.logicalType());
        assertEquals("Order id", p.businessName());
        assertEquals(Boolean.TRUE, p.required());
        assertEquals(Boolean.TRUE, p.unique());
        assertEquals(Boolean.TRUE, p.primaryKey());
        assertEquals(1L, p.primaryKeyPosition());
        assertEquals(Boolean.FALSE, p.partitioned());
        assertEquals(-1L, p.partitionKeyPosition());
        assertEquals("internal", p.classification());
        assertEquals("order_id_enc", p.encryptedName());
        assertEquals(Boolean.TRUE, p.criticalDataElement());
        assertEquals(List.of("raw.orders"), p.transformSourceObjects());
        assertEquals("upper(id)", p.transformLogic());
        assertEquals("Upper-cased source id", p.transformDescription());
        assertEquals(List.of("7f3e0c1a-0000-4000-8000-000000000001", "42"), p.examples().stream().map(
                DataContractReaderTest::text).toList());
        assertEquals("dimension", p.semanticType());
        assertEquals(List.of("pii-free"), p.tags());
        LogicalTypeOptions o = p.logicalTypeOptions();
        assertEquals(36L, o.minLength());
        assertEquals(36L, o.maxLength());
        assertEquals("^[0-9a-f-]+$", o.pattern());
        assertEquals("uuid", o.format());
    }

    @Test
    void absentKeysAreNullOrEmptyNeverDefaults() {
        SchemaProperty amount = property("amount");
        assertNull(amount.id());
        assertNull(amount.required());
        assertNull(amount.primaryKey());
        assertNull(amount.primaryKeyPosition());
        assertNull(amount.items());
        assertNull(amount.map());
        assertEquals(List.of(), amount.tags());
        assertEquals(List.of(), amount.quality());
        assertEquals("amount", amount.key());
        assertNull(contract.servers().get(1).id());
    }

    @Test
    void logicalTypeOptionsOfEveryKind() {
        LogicalTypeOptions number = property("amount").logicalTypeOptions();
        assertEquals("0", number.minimum());
        assertEquals("1000000", number.exclusiveMaximum());
        assertEquals(new BigDecimal("0.01"), number.multipleOf());
        assertEquals("f64", number.format());
        LogicalTypeOptions ts = property("placed_at").logicalTypeOptions();
        assertEquals(Boolean.TRUE, ts.timezone());
        assertEquals("UTC", ts.defaultTimezone());
        assertEquals("2020-01-01T00:00:00Z", ts.minimum());
        LogicalTypeOptions array = property("lines").logicalTypeOptions();
        assertEquals(1L, array.minItems());
        assertEquals(100L, array.maxItems());
        assertEquals(Boolean.TRUE, array.uniqueItems());
        LogicalTypeOptions object = property("shipping").logicalTypeOptions();
        assertEquals(List.of("city"), object.required());
        assertEquals(1L, object.minProperties());
        assertEquals(5L, object.maxProperties());
    }

    @Test
    void nestedItemsEnumAndMap() {
        SchemaProperty items = property("lines").items();
        assertEquals("line", items.name());
        assertEquals("sku", items.properties().getFirst().name());
        assertEquals("city", property("shipping").properties().getFirst().name());
        List<EnumValue> values = property("status").enumValues();
        assertEquals(List.of("open", "shipped"), values.stream().map(EnumValue::value).toList());
        assertEquals("Open", values.getFirst().label());
        assertEquals("shipped", values.get(1).key());
        assertEquals("Not yet shipped", values.getFirst().description());
        MapDefinition map = property("attributes").map();
        assertEquals("string", map.key().logicalType());
        assertEquals("integer", map.value().logicalType());
        assertEquals("i32", map.value().logicalTypeOptions().format());
    }

    @Test
    void serversKeepTypeSpecificFieldsInOrder() {
        Server pg = contract.servers().getFirst();
        assertEquals("production", pg.key());
        assertEquals("prod_pg", pg.id());
        assertEquals("postgres", pg.type());
        assertEquals("Main database", pg.description());
        assertEquals("prod", pg.environment());
        assertEquals(List.of("host", "port", "database", "schema"), List.copyOf(pg.properties().keySet()));
        assertEquals("5432", pg.properties().get("port"));
        assertEquals("reader", pg.roles().getFirst().key());
        assertEquals("eu-west-1", text(pg.customProperties().getFirst().value()));
        Server s3 = contract.servers().get(1);
        assertEquals(Map.of("location", "s3://acme-lake/orders/", "format", "parquet"), s3.properties());
    }

    @Test
    void teamRolesSupportPrice() {
        Team team = contract.team();
        assertFalse(team.listForm());
        assertEquals("sales_team", team.id());
        assertEquals("Sales analytics", team.name());
        assertEquals("Owns the order data", team.description());
        assertEquals(List.of("team"), team.tags());
        TeamMember jdoe = team.members().getFirst();
        assertEquals("jdoe", jdoe.key());
        assertEquals("Jane Doe", jdoe.name());
        assertEquals("owner", jdoe.role());
        assertEquals("2024-01-01", jdoe.dateIn());
        assertEquals("2025-01-01", jdoe.dateOut());
        assertEquals("asmith", jdoe.replacedByUsername());
        assertEquals("Founding owner", jdoe.description());
        Role role = contract.roles().getFirst();
        assertEquals("analyst", role.key());
        assertEquals("analyst_role", role.id());
        assertEquals("read", role.access());
        assertEquals("Read access for analysts", role.description());
        assertEquals("Sales lead", role.firstLevelApprovers());
        assertEquals("Data governance", role.secondLevelApprovers());
        assertEquals("GOV-1", text(role.customProperties().getFirst().value()));
        SupportChannel chat = contract.support().getFirst();
        assertEquals("chat", chat.key());
        assertEquals("#orders", chat.channel());
        assertEquals("https://chat.acme.example/orders", chat.url());
        assertEquals("slack", chat.tool());
        assertEquals("interactive", chat.scope());
        assertEquals("https://chat.acme.example/invite", chat.invitationUrl());
        assertEquals("Questions", chat.description());
        assertEquals(new BigDecimal("9.95"), contract.price().priceAmount());
        assertEquals("EUR", contract.price().priceCurrency());
        assertEquals("megabyte", contract.price().priceUnit());
    }

    @Test
    void slaAndRootLists() {
        assertEquals("orders.placed_at", contract.slaDefaultElement());
        SlaProperty latency = contract.slaProperties().getFirst();
        assertEquals("latency@orders.placed_at", latency.key());
        assertEquals("latency_sla", latency.id());
        assertEquals("4", latency.value());
        assertEquals("8", latency.valueExt());
        assertEquals("h", latency.unit());
        assertEquals("operational", latency.driver());
        assertEquals("Data arrives within four hours", latency.description());
        assertEquals("cron", latency.scheduler());
        assertEquals("0 * * * *", latency.schedule());
        assertEquals("retention", contract.slaProperties().get(1).key());
        assertEquals("implementation", contract.authoritativeDefinitions().getFirst().type());
        assertEquals("policy", contract.authoritativeDefinitions().getFirst().key());
        CustomProperty layer = contract.customProperties().getFirst();
        assertEquals("layer", layer.key());
        assertTrue(layer.value() instanceof dev.steward.model.yaml.YamlSequence seq && seq.size() == 2);
        Context context = contract.context();
        assertEquals("Orders contract.", context.instructions());
        assertEquals("What is an order?", context.verifiedStatements().getFirst().text());
        assertEquals("A purchase.", context.verifiedStatements().getFirst().answer());
        assertEquals("Never join on email.", context.constraints().getFirst().text());
    }

    private static SchemaProperty property(String name) {
        return contract.schema().getFirst().properties().stream().filter(p -> name.equals(p.name())).findFirst()
                .orElseThrow();
    }

    static String text(dev.steward.model.yaml.YamlNode node) {
        return ((dev.steward.model.yaml.YamlScalar) node).value();
    }
}
