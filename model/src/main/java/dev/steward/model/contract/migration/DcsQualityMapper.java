package dev.steward.model.contract.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * DCS quality checks to ODCS {@code quality} items. ODCS allows one comparison operator per check;
 * DCS's deprecated operator spellings are renamed; keys ODCS has no place for are kept as the
 * check's {@code customProperties}.
 */
final class DcsQualityMapper {

    static final List<String> OPERATORS = List.of("mustBe", "mustNotBe", "mustBeGreaterThan", "mustBeGreaterOrEqualTo",
            "mustBeLessThan", "mustBeLessOrEqualTo", "mustBeBetween", "mustNotBeBetween");
    private static final Map<String, String> RENAMED = Map.of(
            "mustBeGreaterThanOrEqualTo", "mustBeGreaterOrEqualTo",
            "mustBeLessThanOrEqualTo", "mustBeLessOrEqualTo");
    private static final List<String> COMMON = List.of("name", "description", "dimension", "method", "severity",
            "businessImpact", "schedule", "scheduler", "tags", "unit");

    private final MigrationLog log;

    DcsQualityMapper(MigrationLog log) {
        this.log = log;
    }

    /** Maps a DCS {@code quality} list; anything that is not a list of checks is reported. */
    List<Object> checks(Object quality, String path) {
        List<Object> out = new ArrayList<>();
        List<Object> items = PlainValues.asList(quality);
        if (items == null) {
            log.dropped(path, "expected a list of quality checks");
            return out;
        }
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = PlainValues.asMap(items.get(i));
            String at = path + "[" + i + "]";
            if (item == null) {
                log.dropped(at, "a quality check must be a mapping");
            } else {
                out.add(check(item, at));
            }
        }
        return out;
    }

    Map<String, Object> check(Map<String, Object> item, String path) {
        Map<String, Object> q = new LinkedHashMap<>();
        Map<String, Object> rest = new LinkedHashMap<>(item);
        String type = PlainValues.asText(rest.remove("type"));
        String odcsType = type == null ? null : switch (type.toLowerCase(Locale.ROOT)) {
            case "text", "sql", "library", "custom" -> type.toLowerCase(Locale.ROOT);
            default -> "custom"; // great-expectations, SodaCL, montecarlo, ...
        };
        if (odcsType == null && rest.containsKey("metric")) {
            odcsType = "library";
        }
        if (odcsType != null) {
            q.put("type", odcsType);
        }
        for (String key : COMMON) {
            move(rest, key, q);
        }
        if ("custom".equals(odcsType)) {
            Object engine = rest.remove("engine");
            if (engine == null && !"custom".equalsIgnoreCase(type)) {
                engine = engine(type);
            }
            if (engine == null) {
                engine = "custom";
                log.note(path, "custom check names no engine; engine set to 'custom'");
            }
            q.put("engine", engine);
            Object impl = rest.containsKey("implementation") ? rest.remove("implementation") : rest.remove("specification");
            if (impl != null) {
                q.put("implementation", impl);
            }
        }
        move(rest, "query", q);
        Object metric = rest.containsKey("metric") ? rest.remove("metric") : rest.remove("rule");
        if (metric != null) {
            q.put("metric", metric);
        }
        move(rest, "arguments", q);
        operators(rest, q, path);
        List<Object> custom = new ArrayList<>();
        rest.forEach((k, v) -> custom.add(OdcsValues.customProperty(k, v)));
        if (!custom.isEmpty()) {
            q.put("customProperties", custom);
        }
        return q;
    }

    private void operators(Map<String, Object> rest, Map<String, Object> q, String path) {
        RENAMED.forEach((old, now) -> {
            if (rest.containsKey(old) && !rest.containsKey(now)) {
                rest.put(now, rest.remove(old));
            }
        });
        String kept = null;
        for (String op : OPERATORS) {
            if (!rest.containsKey(op)) {
                continue;
            }
            Object value = rest.remove(op);
            if (kept == null) {
                q.put(op, value);
                kept = op;
            } else {
                log.dropped(MigrationLog.child(path, op), "ODCS allows one operator per quality check; '" + kept + "' was kept");
            }
        }
    }

    private static String engine(String dcsType) {
        return switch (dcsType.toLowerCase(Locale.ROOT)) {
            case "sodacl" -> "soda";
            default -> dcsType;
        };
    }

    private static void move(Map<String, Object> from, String key, Map<String, Object> to) {
        if (from.containsKey(key)) {
            Object v = from.remove(key);
            if (v != null) {
                to.put(key, v);
            }
        }
    }

    /** The library check ODCS 3.1 uses for a DCS {@code enum}: no value outside {@code validValues}. */
    static Map<String, Object> enumCheck(List<Object> values) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("type", "library");
        q.put("description", "Only the listed values are allowed (DCS enum)");
        q.put("metric", "invalidValues");
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("validValues", values);
        q.put("arguments", arguments);
        q.put("mustBe", 0L);
        return q;
    }
}
