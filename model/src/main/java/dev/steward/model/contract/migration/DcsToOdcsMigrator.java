package dev.steward.model.contract.migration;

import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Converts a Data Contract Specification contract (0.9.x to 1.2.x) to ODCS v3.1.0 YAML, following
 * the mapping of the Data Contract CLI's importer: {@code info} gives name, version, status,
 * {@code description.purpose} and {@code team}; {@code terms} the rest of {@code description};
 * models become the {@code schema} list, servers a list named by {@code server}, service levels
 * {@code slaProperties}. What has no ODCS place is listed in {@link MigrationResult#losses()}.
 * Stateless and thread-safe; the output is deterministic (source order, block style).
 */
public final class DcsToOdcsMigrator {

    public static final String ODCS_VERSION = "v3.1.0";

    /**
     * Migrates a parsed DCS document.
     *
     * @throws IllegalArgumentException when the document has no mapping at its top (not parsed,
     *                                  or not a contract)
     */
    public MigrationResult migrate(YamlDocument dcs) {
        YamlMapping root = dcs.rootMapping().orElseThrow(() -> new IllegalArgumentException(
                "the DCS document has no mapping at its top; fix its YAML first"));
        Map<String, Object> source = new LinkedHashMap<>(PlainValues.asMap(PlainValues.of(root)));
        MigrationLog log = new MigrationLog();
        Map<String, Object> odcs = convert(source, log);
        int comments = YamlComments.count(dcs.text());
        if (comments > 0) {
            log.note("comments", comments + " YAML comment" + (comments == 1 ? " is" : "s are")
                    + " not carried over; copy what matters into descriptions");
        }
        return new MigrationResult(OdcsYamlWriter.write(odcs), log.entries());
    }

    private Map<String, Object> convert(Map<String, Object> dcs, MigrationLog log) {
        dcs.remove("dataContractSpecification");
        Map<String, Object> info = new LinkedHashMap<>(orEmpty(PlainValues.asMap(dcs.remove("info"))));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("apiVersion", ODCS_VERSION);
        out.put("kind", "DataContract");
        String title = PlainValues.asText(info.remove("title"));
        String id = PlainValues.asText(dcs.remove("id"));
        if (id == null) {
            id = title == null ? "migrated-contract" : slug(title);
            log.note("id", "missing; ODCS requires an id, set to '" + id + "'");
        }
        out.put("id", id);
        if (title != null) {
            out.put("name", title);
        }
        out.put("version", required(info.remove("version"), "info.version", "0.0.0", log));
        out.put("status", required(info.remove("status"), "info.status", "draft", log));
        List<Object> custom = new ArrayList<>();

        Map<String, Object> description = new LinkedHashMap<>();
        OdcsValues.putText(description, "purpose", info.remove("description"));
        Map<String, Object> terms = PlainValues.asMap(dcs.remove("terms"));
        if (terms != null) {
            terms(new LinkedHashMap<>(terms), description, log);
        }
        if (!description.isEmpty()) {
            out.put("description", description);
        }
        OdcsValues.putTags(out, dcs.remove("tags"));
        Map<String, Object> team = team(info);
        if (!team.isEmpty()) {
            out.put("team", team);
        }
        OdcsValues.keepAsCustomProperties(info, "info", custom, log);
        Map<String, Object> servers = PlainValues.asMap(dcs.remove("servers"));
        if (servers != null && !servers.isEmpty()) {
            out.put("servers", new DcsServerMapper(log).servers(servers));
        }
        Map<String, Object> definitions = PlainValues.asMap(dcs.remove("definitions"));
        DcsSchemaMapper schemaMapper = new DcsSchemaMapper(definitions, log);
        Map<String, Object> models = PlainValues.asMap(dcs.remove("models"));
        List<Object> schema = models == null ? new ArrayList<>() : schemaMapper.schema(models);
        topLevelQuality(dcs.remove("quality"), schema, log);
        if (!schema.isEmpty()) {
            out.put("schema", schema);
        }
        if (definitions != null) {
            definitions.keySet().stream().filter(d -> !schemaMapper.usedDefinitions().contains(d))
                    .forEach(d -> log.dropped("definitions." + d, "not referenced by any field; ODCS has no definitions"));
        }
        Map<String, Object> levels = PlainValues.asMap(dcs.remove("servicelevels"));
        if (levels != null && !levels.isEmpty()) {
            out.put("slaProperties", new DcsServiceLevelMapper(log).slaProperties(levels));
        }
        Map<String, Object> links = PlainValues.asMap(dcs.remove("links"));
        if (links != null && !links.isEmpty()) {
            out.put("authoritativeDefinitions", OdcsValues.links(links));
        }
        if (dcs.remove("examples") != null) {
            log.dropped("examples", "ODCS has no example data section");
        }
        if (dcs.remove("schema") != null) {
            log.dropped("schema", "embedded dbt/JSON/Avro schemas have no ODCS equivalent; the models were migrated");
        }
        OdcsValues.keepAsCustomProperties(dcs, "", custom, log);
        if (!custom.isEmpty()) {
            out.put("customProperties", custom);
        }
        return out;
    }

    private static void terms(Map<String, Object> terms, Map<String, Object> description, MigrationLog log) {
        OdcsValues.putText(description, "usage", terms.remove("usage"));
        OdcsValues.putText(description, "limitations", terms.remove("limitations"));
        List<Object> policies = PlainValues.asList(terms.remove("policies"));
        List<Object> definitions = new ArrayList<>();
        if (policies != null) {
            for (int i = 0; i < policies.size(); i++) {
                Map<String, Object> policy = PlainValues.asMap(policies.get(i));
                String at = "terms.policies[" + i + "]";
                String url = policy == null ? null : PlainValues.asText(policy.get("url"));
                if (url == null) {
                    log.dropped(at, "ODCS authoritative definitions need a url");
                    continue;
                }
                Object type = policy.get("name") != null ? policy.get("name") : policy.get("type");
                definitions.add(OdcsValues.authoritativeDefinition(type == null ? "policy" : PlainValues.asText(type), url));
                if (policy.get("description") != null) {
                    log.dropped(at + ".description", "ODCS authoritative definitions carry only type and url");
                }
            }
        }
        if (!definitions.isEmpty()) {
            description.put("authoritativeDefinitions", definitions);
        }
        List<Object> custom = new ArrayList<>();
        terms.forEach((k, v) -> custom.add(OdcsValues.customProperty(k, v))); // billing, noticePeriod, ...
        if (!custom.isEmpty()) {
            description.put("customProperties", custom);
        }
    }

    private static Map<String, Object> team(Map<String, Object> info) {
        Map<String, Object> team = new LinkedHashMap<>();
        OdcsValues.putText(team, "name", info.remove("owner"));
        Map<String, Object> contact = PlainValues.asMap(info.remove("contact"));
        if (contact != null && !contact.isEmpty()) {
            List<Object> custom = new ArrayList<>();
            contact.forEach((k, v) -> custom.add(OdcsValues.customProperty(
                    "contact" + Character.toUpperCase(k.charAt(0)) + k.substring(1), v)));
            team.put("customProperties", custom);
        }
        return team;
    }

    /** DCS 0.9's contract-wide {@code quality} block: attached to the only schema object, if there is one. */
    private static void topLevelQuality(Object quality, List<Object> schema, MigrationLog log) {
        if (quality == null) {
            return;
        }
        Map<String, Object> block = PlainValues.asMap(quality);
        if (block == null || schema.size() != 1) {
            log.dropped("quality", schema.size() > 1
                    ? "ODCS attaches quality to one schema object and this contract has " + schema.size()
                    : "expected a mapping with type and specification, and one model to attach it to");
            return;
        }
        Map<String, Object> object = PlainValues.asMap(schema.getFirst());
        List<Object> checks = new ArrayList<>(orEmptyList(PlainValues.asList(object.get("quality"))));
        checks.add(new DcsQualityMapper(log).check(new LinkedHashMap<>(block), "quality"));
        object.put("quality", checks);
    }

    private static String required(Object value, String path, String fallback, MigrationLog log) {
        if (value == null) {
            log.note(path, "missing; ODCS requires it, set to '" + fallback + "'");
            return fallback;
        }
        return PlainValues.asText(value);
    }

    private static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "migrated-contract" : s;
    }

    private static Map<String, Object> orEmpty(Map<String, Object> m) {
        return m == null ? Map.of() : m;
    }

    private static List<Object> orEmptyList(List<Object> l) {
        return l == null ? List.of() : l;
    }

    /** Where a migrated file goes: {@code orders.datacontract.yaml} and {@code orders.yaml} become {@code orders.odcs.yaml} beside it. */
    public static Path defaultTarget(Path input) {
        String name = input.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String stem = lower.endsWith(".yaml") ? name.substring(0, name.length() - 5)
                : lower.endsWith(".yml") ? name.substring(0, name.length() - 4) : name;
        if (stem.toLowerCase(Locale.ROOT).endsWith(".datacontract")) {
            stem = stem.substring(0, stem.length() - ".datacontract".length());
        }
        return input.resolveSibling(stem + ".odcs.yaml");
    }
}
