package dev.steward.model.contract.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for the ODCS structures every mapper emits. */
final class OdcsValues {

    private OdcsValues() {
    }

    /** {@code {property: NAME, value: VALUE}}. */
    static Map<String, Object> customProperty(String property, Object value) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("property", property);
        p.put("value", value);
        return p;
    }

    /** {@code {type: TYPE, url: URL}}. */
    static Map<String, Object> authoritativeDefinition(String type, String url) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", type);
        d.put("url", url);
        return d;
    }

    /** DCS {@code links} (name to url) as authoritative definitions typed by the link name. */
    static List<Object> links(Map<String, Object> links) {
        List<Object> out = new ArrayList<>();
        links.forEach((name, url) -> out.add(authoritativeDefinition(name, PlainValues.asText(url))));
        return out;
    }

    static void putText(Map<String, Object> to, String key, Object value) {
        if (value != null) {
            to.put(key, PlainValues.asText(value));
        }
    }

    static void putTags(Map<String, Object> to, Object tags) {
        List<Object> list = PlainValues.asList(tags);
        if (list != null && !list.isEmpty()) {
            to.put("tags", list.stream().map(PlainValues::asText).toList());
        }
    }

    /**
     * Keeps keys no mapping consumed as custom properties; extension keys ({@code x-...}) silently,
     * others with a note, since they are not part of DCS.
     */
    static void keepAsCustomProperties(Map<String, Object> rest, String path, List<Object> custom, MigrationLog log) {
        rest.forEach((k, v) -> {
            custom.add(customProperty(k, v));
            if (!k.startsWith("x-")) {
                log.note(MigrationLog.child(path, k), "not a DCS key; kept as a custom property");
            }
        });
    }
}
