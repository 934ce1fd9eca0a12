package dev.steward.model.contract.migration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DCS {@code models} (maps keyed by name) to the ODCS {@code schema} list, and fields to
 * properties: the DCS {@code type} is kept as {@code physicalType} and mapped to a logical type,
 * constraints become {@code logicalTypeOptions} where ODCS allows them for that logical type,
 * {@code enum} becomes an {@code invalidValues} library check, {@code references} a relationship,
 * and {@code pii}, {@code precision}, {@code scale} and {@code config} custom properties.
 * Internal {@code $ref}s to {@code #/definitions/...} are inlined.
 */
final class DcsSchemaMapper {

    private static final Map<String, String> LOGICAL_TYPES = Map.ofEntries(
            Map.entry("string", "string"), Map.entry("text", "string"), Map.entry("varchar", "string"),
            Map.entry("number", "number"), Map.entry("decimal", "number"), Map.entry("numeric", "number"),
            Map.entry("float", "number"), Map.entry("double", "number"),
            Map.entry("int", "integer"), Map.entry("integer", "integer"), Map.entry("long", "integer"),
            Map.entry("bigint", "integer"),
            Map.entry("boolean", "boolean"),
            Map.entry("timestamp", "timestamp"), Map.entry("timestamp_tz", "timestamp"),
            Map.entry("timestamp_ntz", "timestamp"), Map.entry("date", "date"), Map.entry("time", "time"),
            Map.entry("array", "array"), Map.entry("object", "object"), Map.entry("record", "object"),
            Map.entry("struct", "object"), Map.entry("map", "object"));

    /** The {@code logicalTypeOptions} ODCS 3.1 allows per logical type, with the value kind each takes. */
    private static final Map<String, Map<String, Class<?>>> OPTIONS = Map.of(
            "string", Map.of("minLength", Number.class, "maxLength", Number.class, "pattern", String.class, "format", String.class),
            "number", Map.of("minimum", Number.class, "maximum", Number.class, "exclusiveMinimum", Number.class,
                    "exclusiveMaximum", Number.class),
            "integer", Map.of("minimum", Number.class, "maximum", Number.class, "exclusiveMinimum", Number.class,
                    "exclusiveMaximum", Number.class),
            "date", Map.of("format", String.class, "minimum", String.class, "maximum", String.class,
                    "exclusiveMinimum", String.class, "exclusiveMaximum", String.class),
            "timestamp", Map.of("format", String.class, "minimum", String.class, "maximum", String.class,
                    "exclusiveMinimum", String.class, "exclusiveMaximum", String.class),
            "time", Map.of("format", String.class, "minimum", String.class, "maximum", String.class,
                    "exclusiveMinimum", String.class, "exclusiveMaximum", String.class));
    private static final List<String> CONSTRAINTS = List.of("minLength", "maxLength", "pattern", "format",
            "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final List<String> TABLE_CONFIG = List.of("postgresTable", "databricksTable", "snowflakeTable",
            "sqlserverTable", "bigqueryTable", "redshiftTable", "oracleTable", "mysqlTable");

    private final Map<String, Object> definitions;
    private final Set<String> usedDefinitions = new HashSet<>();
    private final MigrationLog log;
    private final DcsQualityMapper quality;

    DcsSchemaMapper(Map<String, Object> definitions, MigrationLog log) {
        this.definitions = definitions == null ? Map.of() : definitions;
        this.log = log;
        this.quality = new DcsQualityMapper(log);
    }

    Set<String> usedDefinitions() {
        return usedDefinitions;
    }

    List<Object> schema(Map<String, Object> models) {
        List<Object> out = new ArrayList<>();
        models.forEach((name, value) -> {
            Map<String, Object> model = PlainValues.asMap(value);
            if (model == null) {
                log.dropped("models." + name, "a model must be a mapping");
            } else {
                out.add(schemaObject(name, new LinkedHashMap<>(model), "models." + name));
            }
        });
        return out;
    }

    private Map<String, Object> schemaObject(String name, Map<String, Object> model, String path) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", name);
        OdcsValues.putText(o, "businessName", model.remove("title"));
        OdcsValues.putText(o, "description", model.remove("description"));
        o.put("logicalType", "object");
        Object type = model.remove("type");
        o.put("physicalType", type == null ? "table" : PlainValues.asText(type));
        Map<String, Object> config = PlainValues.asMap(model.remove("config"));
        List<Object> custom = new ArrayList<>();
        if (config != null) {
            for (Map.Entry<String, Object> e : config.entrySet()) {
                if (TABLE_CONFIG.contains(e.getKey()) && !o.containsKey("physicalName") && e.getValue() != null) {
                    o.put("physicalName", PlainValues.asText(e.getValue()));
                } else {
                    custom.add(OdcsValues.customProperty(e.getKey(), e.getValue()));
                }
            }
        }
        List<Object> primaryKey = PlainValues.asList(model.remove("primaryKey"));
        Map<String, Object> fields = PlainValues.asMap(model.remove("fields"));
        if (fields != null) {
            o.put("properties", properties(fields, primaryKey == null ? List.of() : primaryKey, path + ".fields"));
        }
        Object checks = model.remove("quality");
        if (checks != null) {
            o.put("quality", quality.checks(checks, path + ".quality"));
        }
        OdcsValues.putTags(o, model.remove("tags"));
        if (model.remove("examples") != null) {
            log.dropped(path + ".examples", "ODCS has no example data for a schema object");
        }
        OdcsValues.keepAsCustomProperties(model, path, custom, log);
        if (!custom.isEmpty()) {
            o.put("customProperties", custom);
        }
        return o;
    }

    private List<Object> properties(Map<String, Object> fields, List<Object> primaryKey, String path) {
        List<Object> out = new ArrayList<>();
        fields.forEach((name, value) -> {
            Map<String, Object> field = PlainValues.asMap(value);
            String at = MigrationLog.child(path, name);
            if (field == null) {
                log.dropped(at, "a field must be a mapping");
                return;
            }
            int position = primaryKey.indexOf(name);
            out.add(property(name, resolve(new LinkedHashMap<>(field), at), position < 0 ? null : position + 1, at));
        });
        return out;
    }

    /** Inlines {@code $ref: '#/definitions/NAME'}; the field's own keys win over the definition's. */
    private Map<String, Object> resolve(Map<String, Object> field, String path) {
        Object ref = field.remove("$ref");
        if (ref == null) {
            return field;
        }
        String text = PlainValues.asText(ref);
        String prefix = "#/definitions/";
        Map<String, Object> definition = text.startsWith(prefix) ? PlainValues.asMap(definitions.get(text.substring(prefix.length()))) : null;
        if (definition == null) {
            log.dropped(path + ".$ref", text.startsWith(prefix) ? "definition '" + text + "' does not exist"
                    : "'" + text + "' points outside the file; ODCS has no $ref, copy the definition in");
            return field;
        }
        usedDefinitions.add(text.substring(prefix.length()));
        Map<String, Object> merged = new LinkedHashMap<>(definition);
        merged.remove("name"); // the definition's own name, not the field's
        merged.putAll(field);
        return merged;
    }

    private Map<String, Object> property(String name, Map<String, Object> f, Integer pkPosition, String path) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (name != null) {
            p.put("name", name);
        }
        OdcsValues.putText(p, "businessName", f.remove("title"));
        OdcsValues.putText(p, "description", f.remove("description"));
        String physical = PlainValues.asText(f.remove("type"));
        String logical = physical == null ? implicitType(f) : LOGICAL_TYPES.get(physical.toLowerCase(Locale.ROOT));
        if (logical != null) {
            p.put("logicalType", logical);
        } else if (physical != null) {
            log.note(path + ".type", "'" + physical + "' has no ODCS logical type; kept as physicalType only");
        }
        List<Object> custom = new ArrayList<>();
        Map<String, Object> options = logicalTypeOptions(f, logical, physical, custom);
        if (!options.isEmpty()) {
            p.put("logicalTypeOptions", options);
        }
        if (physical != null) {
            p.put("physicalType", physical);
        }
        putBoolean(p, "required", f.remove("required"));
        putBoolean(p, "unique", f.remove("unique"));
        primaryKey(f, p, pkPosition);
        OdcsValues.putText(p, "classification", f.remove("classification"));
        List<Object> examples = examples(f);
        if (!examples.isEmpty()) {
            p.put("examples", examples);
        }
        OdcsValues.putTags(p, f.remove("tags"));
        Object references = f.remove("references");
        if (references != null) {
            p.put("relationships", List.of(relationship(PlainValues.asText(references))));
        }
        List<Object> checks = checks(f, path);
        if (!checks.isEmpty()) {
            p.put("quality", checks);
        }
        Map<String, Object> links = PlainValues.asMap(f.remove("links"));
        if (links != null && !links.isEmpty()) {
            p.put("authoritativeDefinitions", OdcsValues.links(links));
        }
        for (String key : List.of("pii", "precision", "scale", "domain")) {
            if (f.containsKey(key)) {
                custom.add(OdcsValues.customProperty(key, f.remove(key)));
            }
        }
        Map<String, Object> config = PlainValues.asMap(f.remove("config"));
        if (config != null) {
            config.forEach((k, v) -> custom.add(OdcsValues.customProperty(k, v)));
        }
        nested(f, p, logical, path);
        if (f.remove("lineage") != null) {
            log.dropped(path + ".lineage", "ODCS 3.1 has no field lineage");
        }
        for (String key : List.of("keys", "values")) {
            if (f.remove(key) != null) {
                log.dropped(path + "." + key, "ODCS 3.1 has no map key/value types");
            }
        }
        OdcsValues.keepAsCustomProperties(f, path, custom, log);
        if (!custom.isEmpty()) {
            p.put("customProperties", custom);
        }
        return p;
    }

    /** Constraints ODCS allows for {@code logical} go to the options; the others to {@code custom}. */
    private static Map<String, Object> logicalTypeOptions(Map<String, Object> f, String logical, String physical,
                                                          List<Object> custom) {
        Map<String, Object> options = new LinkedHashMap<>();
        if ("timestamp_tz".equalsIgnoreCase(physical) || "timestamp_ntz".equalsIgnoreCase(physical)) {
            options.put("timezone", "timestamp_tz".equalsIgnoreCase(physical));
        }
        for (String c : CONSTRAINTS) {
            if (!f.containsKey(c)) {
                continue;
            }
            Object v = f.remove(c);
            Class<?> kind = logical == null ? null : OPTIONS.getOrDefault(logical, Map.of()).get(c);
            if (kind != null && kind.isInstance(v)) {
                options.put(c, v);
            } else {
                custom.add(OdcsValues.customProperty(c, v));
            }
        }
        return options;
    }

    /** The field's own {@code primaryKey} (or DCS 0.9 {@code primary}) wins over the model's list. */
    private static void primaryKey(Map<String, Object> f, Map<String, Object> p, Integer pkPosition) {
        Object pk = f.containsKey("primaryKey") ? f.remove("primaryKey") : f.remove("primary");
        f.remove("primary");
        if (Boolean.TRUE.equals(pk) || pk == null && pkPosition != null) {
            p.put("primaryKey", true);
            if (pkPosition != null) {
                p.put("primaryKeyPosition", pkPosition);
            }
        } else if (Boolean.FALSE.equals(pk)) {
            p.put("primaryKey", false);
        }
    }

    /** DCS's deprecated single {@code example} first, then {@code examples}. */
    private static List<Object> examples(Map<String, Object> f) {
        List<Object> examples = new ArrayList<>();
        if (f.containsKey("example")) {
            examples.add(f.remove("example"));
        }
        List<Object> listed = PlainValues.asList(f.remove("examples"));
        if (listed != null) {
            examples.addAll(listed);
        }
        return examples;
    }

    /** The {@code enum} as an invalidValues check, then the field's own checks. */
    private List<Object> checks(Map<String, Object> f, String path) {
        List<Object> checks = new ArrayList<>();
        List<Object> enumValues = PlainValues.asList(f.remove("enum"));
        if (enumValues != null) {
            checks.add(DcsQualityMapper.enumCheck(enumValues));
        }
        Object fieldQuality = f.remove("quality");
        if (fieldQuality != null) {
            checks.addAll(quality.checks(fieldQuality, path + ".quality"));
        }
        return checks;
    }

    private void nested(Map<String, Object> f, Map<String, Object> p, String logical, String path) {
        Map<String, Object> fields = PlainValues.asMap(f.remove("fields"));
        if (fields != null) {
            if ("object".equals(logical)) {
                p.put("properties", properties(fields, List.of(), path + ".fields"));
            } else {
                log.dropped(path + ".fields", "nested fields need type object, record or struct");
            }
        }
        Map<String, Object> items = PlainValues.asMap(f.remove("items"));
        if (items != null) {
            if ("array".equals(logical)) {
                String at = path + ".items";
                p.put("items", property(null, resolve(new LinkedHashMap<>(items), at), null, at));
            } else {
                log.dropped(path + ".items", "items need type array");
            }
        }
    }

    /** A field without a type but with nested {@code fields} or {@code items} is an object or array. */
    private static String implicitType(Map<String, Object> f) {
        return f.containsKey("fields") ? "object" : f.containsKey("items") ? "array" : null;
    }

    /** {@code orders.order_id} stays short; other paths become {@code schema/a/properties/b/...}. */
    private static Map<String, Object> relationship(String target) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("type", "foreignKey");
        String[] parts = target.split("\\.");
        if (parts.length == 2 && IDENTIFIER.matcher(parts[0]).matches() && IDENTIFIER.matcher(parts[1]).matches()) {
            r.put("to", target);
        } else {
            StringBuilder ref = new StringBuilder("schema/").append(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                ref.append("/properties/").append(parts[i]);
            }
            r.put("to", ref.toString());
        }
        return r;
    }

    private static void putBoolean(Map<String, Object> to, String key, Object value) {
        if (value instanceof Boolean) {
            to.put(key, value);
        }
    }
}
