package dev.steward.model.contract.dcs;

import dev.steward.model.contract.schema.ChoiceShape;
import dev.steward.model.contract.schema.Field;
import dev.steward.model.contract.schema.FieldList;
import dev.steward.model.contract.schema.ListShape;
import dev.steward.model.contract.schema.MapShape;
import dev.steward.model.contract.schema.ObjectType;
import dev.steward.model.contract.schema.ScalarShape;
import dev.steward.model.contract.schema.ScalarType;
import dev.steward.model.contract.schema.Shape;
import dev.steward.model.contract.schema.TextPattern;
import dev.steward.model.contract.schema.Variant;
import dev.steward.model.contract.schema.Version;
import java.util.ArrayList;
import java.util.List;

/** DCS model fields, definitions, quality checks and lineage, for one version. */
final class DcsFields {

    static final TextPattern NAME = TextPattern.of("^[a-zA-Z0-9_-]+$", "made of letters, digits, '_' and '-'");
    static final TextPattern DEFINITION_NAME = TextPattern.of("^[a-zA-Z0-9/_-]+$", "made of letters, digits, '/', '_' and '-'");

    private final Version version;
    private final boolean v093;
    private final boolean v11;
    final ObjectType field;

    DcsFields(Version version) {
        this.version = version;
        this.v093 = version.atLeast("0.9.3");
        this.v11 = version.atLeast("1.1.0");
        this.field = new ObjectType("Field", "a field", false);
        fill(field, false);
    }

    List<String> fieldTypes() {
        List<String> t = new ArrayList<>(List.of("number", "decimal", "numeric", "int", "integer", "long", "bigint", "float",
                "double", "string", "text", "varchar", "boolean", "timestamp", "timestamp_tz", "timestamp_ntz", "date"));
        if (version.atLeast("1.2.0")) {
            t.add("time");
        }
        t.add("array");
        if (v093) {
            t.add("map");
        }
        t.addAll(List.of("object", "record", "struct", "bytes"));
        if (version.atLeast("1.2.0")) {
            t.addAll(List.of("variant", "json"));
        }
        t.add("null");
        return t;
    }

    private void fill(ObjectType t, boolean definition) {
        t.field(Field.of("type", ScalarShape.oneOf(fieldTypes())).withTemplate("string"))
                .field("description", ScalarShape.STRING)
                .field("classification", ScalarShape.STRING)
                .field("pii", ScalarShape.BOOLEAN)
                .field("tags", ListShape.of(ScalarShape.STRING));
        if (!definition) {
            t.field("$ref", ScalarShape.STRING);
        }
        if (!version.atLeast("0.9.2")) {
            return;
        }
        Shape length = v093 ? ScalarShape.INTEGER : ScalarShape.NUMBER;
        t.field("format", ScalarShape.STRING).field("pattern", ScalarShape.STRING)
                .field("minLength", length).field("maxLength", length)
                .field(example());
        if (!definition) {
            t.field("enum", new ListShape(ScalarShape.STRING, 0, Integer.MAX_VALUE, true)).field("required", ScalarShape.BOOLEAN)
                    .field("unique", ScalarShape.BOOLEAN).field(primary());
        }
        if (v093 || !definition) {
            t.field("minimum", ScalarShape.NUMBER).field("maximum", ScalarShape.NUMBER)
                    .field("exclusiveMinimum", ScalarShape.NUMBER).field("exclusiveMaximum", ScalarShape.NUMBER);
        }
        if (v093) {
            t.field("title", ScalarShape.STRING)
                    .field("precision", definition ? ScalarShape.INTEGER : ScalarShape.NUMBER)
                    .field("scale", definition ? ScalarShape.INTEGER : ScalarShape.NUMBER)
                    .field("fields", MapShape.of("field", field))
                    .field("items", field).field("keys", field).field("values", field)
                    .field("links", links());
            if (!definition) {
                ObjectType config = new ObjectType("FieldConfig", "a field config", false);
                FieldList.parse("avroType avroLogicalType bigqueryType databricksType glueType redshiftType snowflakeType"
                        + " sqlserverType").values().forEach(config::field);
                t.field("references", ScalarShape.STRING).field("config", config);
            }
        }
        if (v11) {
            t.field("examples", ListShape.of(ScalarShape.ANY));
            if (!definition) {
                t.field("primaryKey", ScalarShape.BOOLEAN).field("quality", ListShape.of(quality())).field("lineage", lineage());
            }
        }
    }

    private Field example() {
        Field f = Field.of("example", ScalarShape.STRING);
        return v11 ? f.deprecated("use 'examples' instead") : f;
    }

    private Field primary() {
        Field f = Field.of("primary", ScalarShape.BOOLEAN);
        return v11 ? f.deprecated("use 'primaryKey' instead") : f;
    }

    static MapShape links() {
        return new MapShape("link", ScalarShape.STRING, NAME, 1);
    }

    ObjectType definition() {
        ObjectType d = new ObjectType("Definition", "a definition", false);
        fill(d, true);
        d.field(Field.of("name", ScalarShape.STRING)).field("domain", ScalarShape.STRING);
        if (!v093) {
            d.field("type", ScalarShape.STRING);
        }
        if (v11) {
            d.field(Field.of("name", ScalarShape.STRING).deprecated("encode the name into the id using slashes"))
                    .field(Field.of("domain", ScalarShape.STRING).deprecated("encode the domain into the id using slashes"));
            d.require("type");
        } else {
            d.require("name", "type");
        }
        return d;
    }

    ObjectType quality() {
        ObjectType q = new ObjectType("Quality", "a quality check", false)
                .field("type", ScalarShape.oneOf("text", "library", "sql", "custom"))
                .field("description", ScalarShape.STRING);
        q.variant(when("a text check (type: text, or no type)", "text").require("quality-missing-field", "description").build());
        boolean v121 = version.atLeast("1.2.1");
        Shape sqlNumber = version.atLeast("1.2.0") && !v121 ? ScalarShape.INTEGER : ScalarShape.NUMBER;
        Variant.Builder sql = when("an SQL check (type: sql, or no type)", "sql")
                .field("query", ScalarShape.STRING).field("dialect", ScalarShape.STRING)
                .field("mustBe", sqlNumber).field("mustNotBe", sqlNumber)
                .field("mustBeGreaterThan", sqlNumber).field("mustBeLessThan", sqlNumber)
                .field("mustBeBetween", ListShape.pair(sqlNumber, false)).field("mustNotBeBetween", ListShape.pair(sqlNumber, false))
                .field(oldOperator("mustBeGreaterThanOrEqualTo", sqlNumber, v121))
                .field(oldOperator("mustBeLessThanOrEqualTo", sqlNumber, v121))
                .require("quality-missing-field", "query");
        if (v121) {
            sql.field("mustBeGreaterOrEqualTo", ScalarShape.NUMBER).field("mustBeLessOrEqualTo", ScalarShape.NUMBER);
        }
        q.variant(sql.build());
        Variant.Builder library = when("a library check (type: library, or no type)", "library")
                .field("mustBe", ScalarShape.ANY).field("mustNotBe", ScalarShape.ANY)
                .field("mustBeGreaterThan", ScalarShape.NUMBER).field("mustBeGreaterOrEqualTo", ScalarShape.NUMBER)
                .field("mustBeLessThan", ScalarShape.NUMBER).field("mustBeLessOrEqualTo", ScalarShape.NUMBER)
                .field("mustBeBetween", ListShape.pair(ScalarShape.NUMBER, true))
                .field("mustNotBeBetween", ListShape.pair(ScalarShape.NUMBER, true));
        if (v121) {
            library.field("metric", ScalarShape.STRING).field("arguments", MapShape.of("argument", new ScalarShape(ScalarType.NOT_NULL, List.of(), null)))
                    .field(Field.of("rule", ScalarShape.STRING).deprecated("use 'metric' instead"))
                    .require("quality-missing-field", "metric");
        } else {
            library.field("rule", ScalarShape.STRING).require("quality-missing-field", "rule");
        }
        q.variant(library.build());
        q.variant(when("a custom check (type: custom, or no type)", "custom")
                .field("engine", ScalarShape.STRING)
                .field("implementation", new ChoiceShape(new ObjectType("Implementation", "an implementation", false),
                        ListShape.of(ScalarShape.ANY), ScalarShape.STRING))
                .require("quality-missing-field", "engine").build());
        return q;
    }

    private static Field oldOperator(String name, Shape shape, boolean deprecated) {
        Field f = Field.of(name, shape);
        return deprecated ? f.deprecated("use '" + name.replace("ThanOrEqualTo", "OrEqualTo") + "' instead") : f;
    }

    /** DCS quality conditions apply when the type matches or is absent (JSON Schema {@code if} without {@code required}). */
    private static Variant.Builder when(String label, String type) {
        return Variant.when(label, m -> Variant.absent(m, "type") || type.equals(m.text("type").orElse(null)));
    }

    private static ObjectType lineage() {
        ObjectType transformation = new ObjectType("Transformation", "a transformation", false)
                .field("type", ScalarShape.STRING).field("subtype", ScalarShape.STRING)
                .field("description", ScalarShape.STRING).field("masking", ScalarShape.BOOLEAN).require("type");
        ObjectType input = new ObjectType("InputField", "an input field", false)
                .field("namespace", ScalarShape.STRING).field("name", ScalarShape.STRING).field("field", ScalarShape.STRING)
                .field("transformations", ListShape.of(transformation)).require("namespace", "name", "field");
        return new ObjectType("Lineage", "the lineage", false)
                .field("inputFields", ListShape.of(input))
                .field(Field.of("transformationDescription", ScalarShape.STRING).deprecated("describe each transformation"))
                .field(Field.of("transformationType", ScalarShape.STRING).deprecated("use transformations[].type"))
                .require("inputFields");
    }
}
