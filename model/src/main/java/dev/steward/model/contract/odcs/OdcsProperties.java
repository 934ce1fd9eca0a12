package dev.steward.model.contract.odcs;

import dev.steward.model.contract.schema.Field;
import dev.steward.model.contract.schema.FieldList;
import dev.steward.model.contract.schema.ListShape;
import dev.steward.model.contract.schema.ObjectType;
import dev.steward.model.contract.schema.ScalarShape;
import dev.steward.model.contract.schema.Variant;
import dev.steward.model.contract.schema.Version;
import java.util.ArrayList;
import java.util.List;

/** ODCS schema objects, their properties (nested, array items, maps) and relationships, for one version. */
final class OdcsProperties {

    private final Version version;
    private final boolean v31;
    private final boolean v32;
    private final OdcsCommon common;
    private final ObjectType quality;
    final ObjectType property;
    final ObjectType item;

    OdcsProperties(Version version, OdcsCommon common, ObjectType quality) {
        this.version = version;
        this.v31 = version.atLeast("v3.1.0");
        this.v32 = version.atLeast("v3.2.0");
        this.common = common;
        this.quality = quality;
        this.property = new ObjectType("SchemaProperty", "a schema property", true);
        this.item = new ObjectType("SchemaItemProperty", "an array item definition", true);
        fill(property);
        property.require("name");
        fill(item);
        item.field("properties", ListShape.of(property));
    }

    List<String> logicalTypes() {
        List<String> types = new ArrayList<>(List.of("string", "date"));
        if (v31) {
            types.addAll(List.of("timestamp", "time"));
        }
        types.addAll(List.of("number", "integer", "object", "array", "boolean"));
        if (v32) {
            types.add("map");
        }
        return types;
    }

    ObjectType schemaObject() {
        ObjectType o = new ObjectType("SchemaObject", "a schema object", true);
        element(o);
        o.field(Field.of("physicalType", ScalarShape.STRING).withSuggestions("table", "view", "topic", "file"))
                .field("logicalType", ScalarShape.oneOf("object"))
                .field("physicalName", ScalarShape.STRING)
                .field("dataGranularityDescription", ScalarShape.STRING)
                .field("properties", ListShape.of(property))
                .field("quality", ListShape.of(quality))
                .require("name");
        if (v31) {
            o.field("relationships", ListShape.of(relationship(true)));
        }
        if (v32) {
            o.field("context", OdcsDraftTypes.context(common));
        }
        return o;
    }

    private void element(ObjectType t) {
        common.idIfV31(t).field("name", ScalarShape.STRING)
                .field("physicalType", ScalarShape.STRING)
                .field("businessName", ScalarShape.STRING)
                .field("description", ScalarShape.STRING)
                .field("authoritativeDefinitions", common.authoritativeDefinitions())
                .field("tags", common.tags())
                .field("customProperties", common.customProperties());
        if (v32) {
            t.field("synonyms", ListShape.of(OdcsDraftTypes.synonym(common)));
        }
    }

    private void fill(ObjectType p) {
        element(p);
        p.field(Field.of("logicalType", ScalarShape.oneOf(logicalTypes())).withTemplate("string"))
                .field("logicalTypeOptions", common.openObject("LogicalTypeOptions", "logicalTypeOptions"))
                .field("primaryKey", ScalarShape.BOOLEAN)
                .field("primaryKeyPosition", ScalarShape.INTEGER)
                .field("required", ScalarShape.BOOLEAN)
                .field("unique", ScalarShape.BOOLEAN)
                .field("partitioned", ScalarShape.BOOLEAN)
                .field("partitionKeyPosition", ScalarShape.INTEGER)
                .field("classification", ScalarShape.STRING)
                .field("encryptedName", ScalarShape.STRING)
                .field("transformSourceObjects", ListShape.of(ScalarShape.STRING))
                .field("transformLogic", ScalarShape.STRING)
                .field("transformDescription", ScalarShape.STRING)
                .field("criticalDataElement", ScalarShape.BOOLEAN)
                .field("examples", ListShape.of(ScalarShape.ANY))
                .field("quality", ListShape.of(quality));
        if (version.atLeast("v3.0.2")) {
            p.field("physicalName", ScalarShape.STRING);
        }
        if (v31) {
            p.field("relationships", ListShape.of(relationship(false)));
        }
        if (v32) {
            p.field("enum", ListShape.nonEmptyUnique(OdcsDraftTypes.enumValue(common)))
                    .field("semanticType", ScalarShape.oneOf("column", "measure", "dimension"));
        }
        logicalTypeVariants(p);
    }

    private void logicalTypeVariants(ObjectType p) {
        String exclusive = v31 ? "" : ":bool";
        String numeric = "multipleOf:num maximum:num minimum:num exclusiveMaximum" + (v31 ? ":num" : ":bool")
                + " exclusiveMinimum" + (v31 ? ":num" : ":bool");
        p.variant(options("string", "minLength:int maxLength:int pattern format").build());
        p.variant(options("date", "format maximum minimum exclusiveMaximum" + exclusive + " exclusiveMinimum" + exclusive).build());
        if (v31) {
            String temporal = "format maximum minimum exclusiveMaximum exclusiveMinimum timezone:bool defaultTimezone";
            p.variant(options("timestamp", temporal).build());
            p.variant(options("time", temporal).build());
        }
        ObjectType intOptions = optionsType("integer", numeric);
        intOptions.field("format", ScalarShape.oneOf("i8", "i16", "i32", "i64", "i128", "u8", "u16", "u32", "u64", "u128"));
        p.variant(Variant.when("a property of logicalType integer", "logicalType", "integer")
                .field("logicalTypeOptions", intOptions).build());
        ObjectType numOptions = optionsType("number", numeric);
        numOptions.field("format", ScalarShape.oneOf("f32", "f64"));
        p.variant(Variant.when("a property of logicalType number", "logicalType", "number")
                .field("logicalTypeOptions", numOptions).build());
        ObjectType objOptions = optionsType("object", "maxProperties:int minProperties:int");
        objOptions.field("required", ListShape.nonEmptyUnique(ScalarShape.STRING));
        p.variant(Variant.when("a property of logicalType object", "logicalType", "object")
                .field("logicalTypeOptions", objOptions).field("properties", ListShape.of(property)).build());
        p.variant(options("array", "maxItems:int minItems:int uniqueItems:bool").field("items", item).build());
        p.variant(Variant.when("a property without logicalType", m -> Variant.absent(m, "logicalType"))
                .field("logicalTypeOptions", optionsType("none", ""))
                .field("properties", ListShape.of(property)).field("items", item).build());
        if (v32) {
            ObjectType map = new ObjectType("MapDefinition", "a map definition", true)
                    .field("key", item).field("value", item).require("key", "value");
            p.variant(Variant.when("a property of logicalType map", "logicalType", "map")
                    .field("map", map).require("required-key", "map").build());
            // the draft schema's map condition also holds when logicalType is absent
            p.variant(Variant.when("a property without logicalType (the v3.2.0 draft schema then expects a map;"
                            + " set a logicalType instead)", m -> Variant.absent(m, "logicalType"))
                    .field("map", map).require("required-key", "map").build());
        }
    }

    private Variant.Builder options(String logicalType, String fields) {
        return Variant.when("a property of logicalType " + logicalType, "logicalType", logicalType)
                .field("logicalTypeOptions", optionsType(logicalType, fields));
    }

    private static ObjectType optionsType(String logicalType, String fields) {
        String label = logicalType.equals("none") ? "logicalTypeOptions (set a logicalType first)"
                : "logicalTypeOptions for logicalType " + logicalType;
        ObjectType t = new ObjectType("LogicalTypeOptions-" + logicalType, label, true);
        FieldList.parse(fields).values().forEach(t::field);
        return t;
    }

    private ObjectType relationship(boolean schemaLevel) {
        ObjectType r = new ObjectType(schemaLevel ? "RelationshipSchemaLevel" : "RelationshipPropertyLevel",
                schemaLevel ? "a relationship" : "a property relationship", true);
        r.field("type", ScalarShape.oneOf("foreignKey"))
                .field("from", schemaLevel ? common.references() : ScalarShape.ANY)
                .field("to", common.references())
                .field("customProperties", common.customProperties());
        if (schemaLevel) {
            r.require("from", "to").rule(OdcsRelationships::sameShape);
        } else {
            r.require("to").rule(OdcsRelationships::noFrom);
        }
        return r;
    }
}
