package dev.steward.model.bench;

import dev.steward.model.bench.ColumnCatalog.Column;
import dev.steward.model.bench.ColumnCatalog.Entity;
import dev.steward.model.bench.ColumnCatalog.Nested;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds one realistic ODCS schema object: a primary key (sometimes composite), foreign keys to
 * tables built before it, typed columns, optionally a nested object and an array, and quality rules.
 */
final class SchemaObjectFactory {

    /** What to build. {@code targets} are the tables this one points to. */
    record Spec(String name, Entity entity, int columns, List<TableRef> targets, boolean compositeKey,
                boolean nested, boolean array, boolean rich) {
    }

    /** The schema object as an ordered map, and how others may reference it. */
    record Built(Map<String, Object> node, TableRef ref) {
    }

    private static final String COMPOSITE_SECOND_KEY = "valid_from";

    private final Random random;

    SchemaObjectFactory(Random random) {
        this.random = random;
    }

    Built build(Spec spec) {
        String name = spec.name();
        Entity entity = spec.entity();
        Set<String> used = new HashSet<>();
        List<Map<String, Object>> properties = new ArrayList<>();
        List<Map<String, Object>> schemaRelationships = new ArrayList<>();

        List<String> keys = spec.compositeKey() ? List.of(entity.key(), COMPOSITE_SECOND_KEY) : List.of(entity.key());
        Map<String, Object> key = property(name, entity.key(), "integer", "BIGINT",
                "Identifier of the " + entity.businessName().toLowerCase() + ".", Map.of(), false);
        markKey(key, 1);
        if (spec.rich()) {
            key.put("businessName", entity.businessName() + " number");
            key.put("quality", List.of(rule("library", "nullValues", "mustBe", 0, "completeness", null)));
        }
        properties.add(key);
        used.add(entity.key());
        if (spec.compositeKey()) {
            Map<String, Object> since = property(name, COMPOSITE_SECOND_KEY, "date", "DATE",
                    "First day this version of the record is valid.", Map.of("format", "yyyy-MM-dd"), false);
            markKey(since, 2);
            properties.add(since);
            used.add(COMPOSITE_SECOND_KEY);
        }

        for (TableRef target : spec.targets()) {
            String fk = target.keyColumns().get(0);
            if (used.contains(fk) || target.name().equals(name)) {
                continue;
            }
            used.add(fk);
            Map<String, Object> fkProp = property(name, fk, "integer", "BIGINT",
                    "The " + target.name() + " row this record belongs to.", Map.of(), false);
            fkProp.put("required", true);
            if (!target.composite()) {
                fkProp.put("relationships", List.of(ordered("to", target.name() + "." + fk)));
                properties.add(fkProp);
                continue;
            }
            String second = stem(fk) + "_" + target.keyColumns().get(1);
            if (!used.add(second)) {
                continue;
            }
            properties.add(fkProp);
            properties.add(property(name, second, "date", "DATE",
                    "Version of the " + target.name() + " row this record belongs to.", Map.of(), false));
            Map<String, Object> rel = ordered("type", "foreignKey");
            rel.put("from", List.of(name + "." + fk, name + "." + second));
            rel.put("to", List.of(target.name() + "." + target.keyColumns().get(0), target.name() + "." + target.keyColumns().get(1)));
            schemaRelationships.add(rel);
        }

        List<Column> catalog = ColumnCatalog.COLUMNS;
        int start = random.nextInt(catalog.size());
        for (int i = 0; i < catalog.size() && used.size() < keys.size() + spec.columns() + spec.targets().size(); i++) {
            Column c = catalog.get((start + i * 7) % catalog.size());
            if (used.add(c.name())) {
                properties.add(property(name, c.name(), c.logicalType(), c.physicalType(), c.description(),
                        spec.rich() ? c.options() : Map.of(), c.pii()));
            }
        }
        if (spec.nested()) {
            properties.add(nested(name, ColumnCatalog.NESTED.get(random.nextInt(ColumnCatalog.NESTED.size())), used));
        }
        if (spec.array() && used.add("labels")) {
            Map<String, Object> labels = property(name, "labels", "array", "ARRAY<VARCHAR(40)>",
                    "Free labels attached by users.", Map.of(), false);
            labels.put("items", ordered("logicalType", "string"));
            properties.add(labels);
        }

        Map<String, Object> node = ordered("id", name + "_obj");
        node.put("name", name);
        if (spec.rich()) {
            node.put("physicalName", name);
        }
        node.put("physicalType", random.nextInt(5) == 0 ? "view" : "table");
        if (spec.rich()) {
            node.put("businessName", entity.businessName());
        }
        node.put("description", "One row per " + entity.businessName().toLowerCase() + (spec.compositeKey() ? " and validity period." : "."));
        if (spec.rich()) {
            node.put("tags", List.of(entity.domain()));
        }
        if (!schemaRelationships.isEmpty()) {
            node.put("relationships", schemaRelationships);
        }
        node.put("properties", properties);
        node.put("quality", objectRules(name, keys, spec.rich()));
        return new Built(node, new TableRef(name, keys));
    }

    private List<Map<String, Object>> objectRules(String name, List<String> keys, boolean rich) {
        List<Map<String, Object>> rules = new ArrayList<>();
        rules.add(rule("library", "rowCount", "mustBeGreaterThan", 0, "completeness",
                rich ? "The table is never empty after a load." : null));
        if (keys.size() > 1) {
            Map<String, Object> dup = rule("library", "duplicateValues", "mustBe", 0, "uniqueness", "The composite key is unique.");
            dup.put("arguments", ordered("properties", keys));
            rules.add(dup);
        }
        if (rich && random.nextInt(3) == 0) {
            Map<String, Object> sql = ordered("type", "sql");
            sql.put("query", "SELECT COUNT(*) FROM {object} WHERE " + keys.get(0) + " IS NULL");
            sql.put("mustBe", 0);
            sql.put("dimension", "completeness");
            rules.add(sql);
        }
        if (rich && random.nextInt(4) == 0) {
            rules.add(rule("text", null, null, null, null, "Records of test accounts are removed before " + name + " is published."));
        }
        return rules;
    }

    private Map<String, Object> nested(String table, Nested template, Set<String> used) {
        String name = used.contains(template.name()) ? template.name() + "_info" : template.name();
        used.add(name);
        Map<String, Object> object = property(table, name, "object", "JSON", template.description(), Map.of(), false);
        List<Map<String, Object>> children = new ArrayList<>();
        for (Column c : template.fields()) {
            children.add(property(table + "_" + name, c.name(), c.logicalType(), c.physicalType(), c.description(), Map.of(), c.pii()));
        }
        object.put("properties", children);
        return object;
    }

    private static Map<String, Object> property(String owner, String name, String logicalType, String physicalType,
                                                String description, Map<String, Object> options, boolean pii) {
        Map<String, Object> p = ordered("id", owner + "_" + name);
        p.put("name", name);
        p.put("description", description);
        p.put("logicalType", logicalType);
        p.put("physicalType", physicalType);
        if (!options.isEmpty()) {
            p.put("logicalTypeOptions", new LinkedHashMap<>(options));
        }
        if (pii) {
            p.put("classification", "confidential");
            p.put("tags", List.of("pii"));
        }
        return p;
    }

    private static void markKey(Map<String, Object> p, int position) {
        p.put("primaryKey", true);
        p.put("primaryKeyPosition", position);
        p.put("required", true);
    }

    static Map<String, Object> rule(String type, String metric, String operator, Object value, String dimension, String description) {
        Map<String, Object> r = ordered("type", type);
        if (metric != null) {
            r.put("metric", metric);
        }
        if (operator != null) {
            r.put(operator, value);
        }
        if (dimension != null) {
            r.put("dimension", dimension);
        }
        if (description != null) {
            r.put("description", description);
        }
        return r;
    }

    static Map<String, Object> ordered(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, value);
        return m;
    }

    private static String stem(String keyColumn) {
        return keyColumn.endsWith("_id") ? keyColumn.substring(0, keyColumn.length() - 3) : keyColumn;
    }
}
