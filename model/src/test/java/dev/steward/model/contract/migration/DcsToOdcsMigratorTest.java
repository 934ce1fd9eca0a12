package dev.steward.model.contract.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlSequence;
import java.util.List;
import org.junit.jupiter.api.Test;

class DcsToOdcsMigratorTest {

    private static MigrationResult migrate(String dcs) {
        return new DcsToOdcsMigrator().migrate(new YamlParser().parse(dcs));
    }

    private static YamlMapping odcs(MigrationResult r) {
        var doc = new YamlParser().parse(r.odcsYaml());
        assertTrue(doc.problems().isEmpty(), doc.problems() + "\n" + r.odcsYaml());
        return doc.rootMapping().orElseThrow();
    }

    private static YamlMapping property(YamlMapping odcs, int schema, int index) {
        YamlMapping object = (YamlMapping) odcs.sequence("schema").orElseThrow().get(schema);
        return (YamlMapping) object.sequence("properties").orElseThrow().get(index);
    }

    private static final String HEAD = """
            dataContractSpecification: 1.2.1
            id: c
            info:
              title: C
              version: 1.0.0
              status: active
            """;

    @Test
    void typesMapToLogicalTypesAndKeepThePhysicalType() {
        YamlMapping odcs = odcs(migrate(HEAD + """
                models:
                  t:
                    fields:
                      a: {type: long}
                      b: {type: decimal, precision: 10, scale: 2}
                      c: {type: timestamp_tz}
                      d: {type: varchar, maxLength: 5, minimum: 3}
                      e: {type: bytes}
                      f: {type: time}
                """));

        assertEquals("integer", property(odcs, 0, 0).text("logicalType").orElseThrow());
        assertEquals("long", property(odcs, 0, 0).text("physicalType").orElseThrow());
        YamlMapping decimal = property(odcs, 0, 1);
        assertEquals("number", decimal.text("logicalType").orElseThrow());
        assertEquals(List.of("precision", "scale"), decimal.sequence("customProperties").orElseThrow().items().stream()
                .map(i -> ((YamlMapping) i).text("property").orElseThrow()).toList());
        assertEquals("true", property(odcs, 0, 2).mapping("logicalTypeOptions").orElseThrow().text("timezone").orElseThrow());
        YamlMapping varchar = property(odcs, 0, 3);
        assertEquals("5", varchar.mapping("logicalTypeOptions").orElseThrow().text("maxLength").orElseThrow());
        assertFalse(varchar.mapping("logicalTypeOptions").orElseThrow().has("minimum"), "minimum is not a string option");
        assertEquals("minimum", ((YamlMapping) varchar.sequence("customProperties").orElseThrow().get(0)).text("property").orElseThrow());
        assertFalse(property(odcs, 0, 4).has("logicalType"));
        assertEquals("time", property(odcs, 0, 5).text("logicalType").orElseThrow());
    }

    @Test
    void enumBecomesAnInvalidValuesCheck() {
        YamlMapping odcs = odcs(migrate(HEAD + """
                models:
                  t:
                    fields:
                      status:
                        type: string
                        enum: [open, closed]
                """));

        YamlMapping check = (YamlMapping) property(odcs, 0, 0).sequence("quality").orElseThrow().get(0);
        assertEquals("library", check.text("type").orElseThrow());
        assertEquals("invalidValues", check.text("metric").orElseThrow());
        assertEquals("0", check.text("mustBe").orElseThrow());
        YamlSequence valid = check.mapping("arguments").orElseThrow().sequence("validValues").orElseThrow();
        assertEquals(2, valid.size());
    }

    @Test
    void nestedFieldsArraysAndDeepReferences() {
        YamlMapping odcs = odcs(migrate(HEAD + """
                models:
                  t:
                    fields:
                      address:
                        fields:
                          city: {type: string}
                      tags:
                        type: array
                        items: {type: string}
                      owner_city:
                        type: string
                        references: customers.address.city
                      item:
                        type: string
                        references: order-items.id
                """));

        YamlMapping address = property(odcs, 0, 0);
        assertEquals("object", address.text("logicalType").orElseThrow());
        assertEquals("city", ((YamlMapping) address.sequence("properties").orElseThrow().get(0)).text("name").orElseThrow());
        assertEquals("string", property(odcs, 0, 1).mapping("items").orElseThrow().text("logicalType").orElseThrow());
        YamlMapping rel = (YamlMapping) property(odcs, 0, 2).sequence("relationships").orElseThrow().get(0);
        assertEquals("schema/customers/properties/address/properties/city", rel.text("to").orElseThrow());
        YamlMapping hyphen = (YamlMapping) property(odcs, 0, 3).sequence("relationships").orElseThrow().get(0);
        assertEquals("schema/order-items/properties/id", hyphen.text("to").orElseThrow(), "not a valid shorthand");
    }

    @Test
    void whatCannotBeCarriedOverIsListed() {
        MigrationResult r = migrate("""
                dataContractSpecification: 1.2.1
                info:
                  title: No Id Here
                models:
                  t:
                    fields:
                      a:
                        $ref: 'https://example.com/defs.yaml#/id'
                      b:
                        type: string
                        quality:
                          - type: sql
                            query: select count(*) from t
                            mustBeGreaterThan: 1
                            mustBeLessThan: 9
                servicelevels:
                  teleportation: {description: instant}
                """);

        assertEquals(List.of(
                "id: missing; ODCS requires an id, set to 'no-id-here'",
                "info.version: missing; ODCS requires it, set to '0.0.0'",
                "info.status: missing; ODCS requires it, set to 'draft'",
                "models.t.fields.a.$ref: not carried over ('https://example.com/defs.yaml#/id' points outside the file; ODCS has no $ref, copy the definition in)",
                "models.t.fields.b.quality[0].mustBeLessThan: not carried over (ODCS allows one operator per quality check; 'mustBeGreaterThan' was kept)",
                "servicelevels.teleportation: not carried over (not a DCS service level)"), r.losses());
        YamlMapping odcs = odcs(r);
        assertEquals("no-id-here", odcs.text("id").orElseThrow());
        YamlMapping check = (YamlMapping) property(odcs, 0, 1).sequence("quality").orElseThrow().get(0);
        assertTrue(check.has("mustBeGreaterThan"));
        assertFalse(check.has("mustBeLessThan"));
    }

    @Test
    void serversBecomeANamedListAndUnknownTypesCustom() {
        YamlMapping odcs = odcs(migrate(HEAD + """
                servers:
                  prod:
                    type: postgres
                    host: db
                    port: "5432"
                    database: shop
                    schema: public
                    driver: pg8000
                  frame:
                    type: dataframe
                """));

        YamlSequence servers = odcs.sequence("servers").orElseThrow();
        YamlMapping prod = (YamlMapping) servers.get(0);
        assertEquals("prod", prod.text("server").orElseThrow());
        assertEquals("5432", prod.text("port").orElseThrow());
        assertEquals(dev.steward.model.yaml.YamlScalar.Type.INTEGER,
                ((dev.steward.model.yaml.YamlScalar) prod.get("port").orElseThrow()).type());
        assertEquals("driver", ((YamlMapping) prod.sequence("customProperties").orElseThrow().get(0)).text("property").orElseThrow());
        YamlMapping frame = (YamlMapping) servers.get(1);
        assertEquals("custom", frame.text("type").orElseThrow());
    }

    @Test
    void multiLineTextIsWrittenAsALiteralBlock() {
        MigrationResult r = migrate(HEAD.replace("  status: active\n", "  status: active\n  description: |\n    line one\n    line two\n"));

        assertTrue(r.odcsYaml().contains("  purpose: |\n    line one\n    line two\n"), r.odcsYaml());
    }

    @Test
    void commentsAreReportedAsLostButNotHashesInsideValues() {
        MigrationResult withComments = migrate(HEAD + "# who owns this?\ntags: [a] # inline\n");
        MigrationResult hashInValue = migrate(HEAD + "tags: ['#a']\nlinks: {doc: 'https://x.org/#top'}\n");

        assertEquals(List.of("comments: 2 YAML comments are not carried over; copy what matters into descriptions"),
                withComments.losses());
        assertEquals(List.of(), hashInValue.losses());
    }

    @Test
    void aDocumentWithoutAMappingIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> migrate("- just\n- a list\n"));
    }
}
