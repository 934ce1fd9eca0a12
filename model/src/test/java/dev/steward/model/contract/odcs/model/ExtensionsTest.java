package dev.steward.model.contract.odcs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Unknown keys, wrong-typed values and odd documents: nothing is lost and nothing throws. */
class ExtensionsTest {

    @Test
    void unknownKeysLandInTheExtensionsOfTheirOwnObject() {
        DataContract c = read("""
                apiVersion: v3.1.0
                kind: DataContract
                x-owner: root-level
                schema:
                  - name: orders
                    x-table: object-level
                    properties:
                      - name: id
                        x-column: property-level
                        logicalTypeOptions: {maxLength: 3, x-opt: options-level}
                        quality:
                          - metric: rowCount
                            mustBe: 1
                            x-check: quality-level
                servers:
                  - server: s
                    type: postgres
                    host: h
                    x-server: server-level
                """);
        assertEquals(List.of("x-owner"), List.copyOf(c.extensions().keySet()));
        SchemaObject orders = c.schema().getFirst();
        assertEquals(List.of("x-table"), List.copyOf(orders.extensions().keySet()));
        SchemaProperty id = orders.properties().getFirst();
        assertEquals("property-level", text(id.extensions().get("x-column")));
        assertEquals(List.of("x-opt"), List.copyOf(id.logicalTypeOptions().extensions().keySet()));
        assertEquals(3L, id.logicalTypeOptions().maxLength());
        assertEquals(List.of("x-check"), List.copyOf(id.quality().getFirst().extensions().keySet()));
        Server server = c.servers().getFirst();
        assertEquals(Map.of("host", "h"), server.properties());
        assertEquals(List.of("x-server"), List.copyOf(server.extensions().keySet()));
        assertEquals("root-level", text(c.extensions().get("x-owner")));
    }

    @Test
    void extensionsKeepSourceOrderAndPositions() {
        DataContract c = read("""
                zeta: 1
                apiVersion: v3.1.0
                alpha: 2
                mid: {a: 1}
                """);
        assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(c.extensions().keySet()));
        assertEquals(3, c.extensions().get("alpha").range().startLine());
        assertTrue(c.extensions().get("mid") instanceof YamlMapping);
    }

    @Test
    void wrongTypedValuesReadAsNullAndStayAsExtensions() {
        DataContract c = read("""
                apiVersion: v3.1.0
                tags: not-a-list
                description: [purpose]
                price: {priceAmount: cheap}
                schema:
                  - name: t
                    properties:
                      - name: c
                        required: "yes please"
                        primaryKeyPosition: first
                        examples: single
                    relationships:
                      - from: {a: 1}
                        to: x.y
                """);
        assertEquals(List.of(), c.tags());
        assertEquals("not-a-list", text(c.extensions().get("tags")));
        assertNull(c.description());
        assertTrue(c.extensions().get("description") instanceof YamlSequence);
        assertNull(c.price().priceAmount());
        assertEquals("cheap", text(c.price().extensions().get("priceAmount")));
        SchemaProperty p = c.schema().getFirst().properties().getFirst();
        assertNull(p.required());
        assertNull(p.primaryKeyPosition());
        assertEquals(List.of(), p.examples());
        assertEquals(List.of("required", "primaryKeyPosition", "examples"), List.copyOf(p.extensions().keySet()));
        Relationship r = c.schema().getFirst().relationships().getFirst();
        assertEquals(List.of(), r.from());
        assertEquals(List.of("x.y"), r.to());
        assertEquals(List.of("from"), List.copyOf(r.extensions().keySet()));
    }

    @Test
    void aListOfTextsWithANullItemIsKeptWhole() {
        DataContract c = read("tags: [a, ~]\nschema: [{name: t, relationships: [{from: [a.b, ~], to: [c.d, e.f]}]}]\n");
        assertEquals(List.of(), c.tags());
        assertEquals(2, ((YamlSequence) c.extensions().get("tags")).size());
        Relationship r = c.schema().getFirst().relationships().getFirst();
        assertEquals(List.of(), r.from());
        assertEquals(List.of("c.d", "e.f"), r.to());
        assertEquals(List.of("from"), List.copyOf(r.extensions().keySet()));
    }

    @Test
    void aListWithNonObjectItemsKeepsTheObjectsAndTheWholeRawList() {
        DataContract c = read("""
                schema:
                  - name: a
                  - just-text
                """);
        assertEquals(List.of("a"), c.schema().stream().map(SchemaObject::name).toList());
        assertEquals(2, ((YamlSequence) c.extensions().get("schema")).size());
    }

    @Test
    void extraOperatorsAreKeptAsExtensions() {
        QualityRule q = read("""
                schema:
                  - name: t
                    quality:
                      - metric: rowCount
                        mustBe: 5
                        mustBeLessThan: 10
                """).schema().getFirst().quality().getFirst();
        assertEquals(new Operator("mustBe", List.of("5"), q.operator().range()), q.operator());
        assertEquals(List.of("mustBeLessThan"), List.copyOf(q.extensions().keySet()));
    }

    @Test
    void validFieldsReadWithoutExtensions() {
        DataContract c = read("""
                apiVersion: v3.1.0
                kind: DataContract
                id: x
                version: 1.0
                status: draft
                """);
        assertEquals(Map.of(), c.extensions());
        assertEquals("1.0", c.version(), "a text field keeps the source text of a number");
    }

    @Test
    void deprecatedTeamListIsNormalisedToATeam() {
        Team team = read("""
                apiVersion: v3.0.2
                team:
                  - username: ann
                    role: owner
                    comment: open object in v3.0
                  - username: bob
                """).team();
        assertTrue(team.listForm());
        assertNull(team.name());
        assertEquals(List.of("ann", "bob"), team.members().stream().map(TeamMember::key).toList());
        assertEquals(List.of("comment"), List.copyOf(team.members().getFirst().extensions().keySet()));
        assertEquals(3, team.range().startLine(), "a block list starts at its first item");
    }

    @Test
    void contextAsPlainTextIsItsInstructions() {
        Context context = read("context: Use net amounts\n").context();
        assertTrue(context.textForm());
        assertEquals("Use net amounts", context.instructions());
    }

    @Test
    void repeatedKeysAreKeptUnderTheirLine() {
        DataContract c = read("""
                name: first
                name: second
                """);
        assertEquals("first", c.name());
        assertEquals("second", text(c.extensions().get("name#2")));
    }

    @Test
    void documentsWithoutARootMappingReadAsEmpty() {
        YamlParser parser = new YamlParser();
        assertEquals(Optional.empty(), DataContractReader.read(parser.parse(Path.of("a.yaml"), "")));
        assertEquals(Optional.empty(), DataContractReader.read(parser.parse(Path.of("a.yaml"), "- a\n- b\n")));
        assertEquals(Optional.empty(), DataContractReader.read(parser.parse(Path.of("a.yaml"), "just text\n")));
        assertEquals(Optional.empty(), DataContractReader.read(parser.parse(Path.of("a.yaml"), "a: [\n")));
    }

    @Test
    void oddShapesEverywhereNeverThrow() {
        String[] odd = {"schema: 3", "schema: [[1]]", "servers: {a: 1}", "team: 5", "team: [1, {username: x}]",
            "schema: [{properties: [{items: [1], map: 2, enum: {value: 1}, logicalTypeOptions: []}]}]",
            "schema: [{quality: [{mustBe: {a: 1}, mustBeBetween: [{}], arguments: [1], implementation: 3}]}]",
            "price: {priceAmount: 0x1F}", "schema: [{properties: [{primaryKeyPosition: 99999999999999999999999}]}]",
            "context: [1]", "customProperties: [{value: ~}]", "slaProperties: [{value: [1, 2]}]"};
        for (String text : odd) {
            DataContract c = read(text + "\n");
            assertTrue(c != null, text);
        }
        assertEquals(31L, 0L + read("price: {priceAmount: 0x1F}\n").price().priceAmount().longValue());
        assertTrue(read("schema: [{properties: [{primaryKeyPosition: 99999999999999999999999}]}]\n").schema()
                .getFirst().properties().getFirst().extensions().containsKey("primaryKeyPosition"));
    }

    @Test
    void recordsAreImmutable() {
        DataContract c = read("x: 1\ntags: [a]\n");
        assertThrows(UnsupportedOperationException.class, () -> c.extensions().put("y", c.extensions().get("x")));
        assertThrows(UnsupportedOperationException.class, () -> c.tags().add("b"));
        List<String> to = new java.util.ArrayList<>(List.of("a.b"));
        Relationship r = new Relationship("foreignKey", List.of(), to, false, List.of(), Map.of(), c.range());
        to.add("c.d");
        assertEquals(List.of("a.b"), r.to());
    }

    static DataContract read(String yaml) {
        return DataContractReader.read(new YamlParser().parse(Path.of("c.odcs.yaml"), yaml)).orElseThrow();
    }

    static String text(YamlNode node) {
        return ((YamlScalar) node).value();
    }

    static Map<String, String> texts(YamlMapping m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.entries().forEach(e -> out.put(e.name(), text(e.value())));
        return out;
    }
}
