package dev.steward.model.contract.migration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DCS {@code servicelevels} (fixed objects) to ODCS {@code slaProperties} (open property/value
 * pairs). Thresholds such as {@code 25h} are split into value and unit; timestamp fields become
 * the {@code element}; cron schedules go to {@code scheduler}/{@code schedule}.
 */
final class DcsServiceLevelMapper {

    private static final Pattern AMOUNT = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*(%|[A-Za-z]+)\\s*$");

    private final MigrationLog log;

    DcsServiceLevelMapper(MigrationLog log) {
        this.log = log;
    }

    List<Object> slaProperties(Map<String, Object> levels) {
        List<Object> out = new ArrayList<>();
        levels.forEach((name, value) -> {
            String path = "servicelevels." + name;
            Map<String, Object> level = PlainValues.asMap(value);
            if (level == null) {
                log.dropped(path, "a service level must be a mapping");
                return;
            }
            Map<String, Object> rest = new LinkedHashMap<>(level);
            Object description = rest.remove("description");
            switch (name) {
                case "availability" -> out.add(sla("availability", rest.remove("percentage"), description, null));
                case "retention" -> {
                    Object period = rest.remove("period");
                    Object unlimited = rest.remove("unlimited");
                    Object amount = period != null ? period : Boolean.TRUE.equals(unlimited) ? "unlimited" : null;
                    out.add(sla("retention", amount, description, rest.remove("timestampField")));
                }
                case "latency" -> out.add(sla("latency", rest.remove("threshold"), description,
                        elements(rest.remove("sourceTimestampField"), rest.remove("processedTimestampField"))));
                case "freshness" -> out.add(sla("freshness", rest.remove("threshold"), description, rest.remove("timestampField")));
                case "frequency" -> {
                    Object interval = rest.remove("interval");
                    Object type = rest.remove("type");
                    if (interval != null && type != null) {
                        log.note(path + ".type", "'" + type + "' kept only in the description (ODCS has one value)");
                        description = description == null ? "Type: " + type : description + " (type: " + type + ")";
                    }
                    out.add(scheduled(sla("frequency", interval != null ? interval : type, description, null), rest.remove("cron")));
                }
                case "support" -> {
                    out.add(sla("support", rest.remove("time"), description, null));
                    Object response = rest.remove("responseTime");
                    if (response != null) {
                        out.add(sla("supportResponseTime", response, null, null));
                    }
                }
                case "backup" -> {
                    out.add(scheduled(sla("backup", rest.remove("interval"), description, null), rest.remove("cron")));
                    for (String key : List.of("recoveryTime", "recoveryPoint")) {
                        Object v = rest.remove(key);
                        if (v != null) {
                            out.add(sla(key, v, null, null));
                        }
                    }
                }
                default -> {
                    log.dropped(path, "not a DCS service level");
                    return;
                }
            }
            rest.forEach((k, v) -> log.dropped(path + "." + k, "no place for it in an ODCS SLA property"));
        });
        return out;
    }

    private static Map<String, Object> sla(String property, Object amount, Object description, Object element) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("property", property);
        Matcher m = amount instanceof String s ? AMOUNT.matcher(s) : null;
        if (m != null && m.matches()) {
            p.put("value", number(m.group(1)));
            p.put("unit", m.group(2));
        } else if (amount instanceof Map<?, ?> || amount instanceof List<?>) {
            p.put("value", String.valueOf(amount));
        } else {
            p.put("value", amount);
        }
        if (element != null) {
            p.put("element", PlainValues.asText(element));
        }
        if (description != null) {
            p.put("description", PlainValues.asText(description));
        }
        return p;
    }

    private static Map<String, Object> scheduled(Map<String, Object> p, Object cron) {
        if (cron != null) {
            p.put("scheduler", "cron");
            p.put("schedule", PlainValues.asText(cron));
        }
        return p;
    }

    private static Object elements(Object first, Object second) {
        if (first == null || second == null) {
            return first != null ? first : second;
        }
        return PlainValues.asText(first) + "," + PlainValues.asText(second);
    }

    private static Object number(String digits) {
        return digits.contains(".") || digits.length() > 18 ? new BigDecimal(digits) : (Object) Long.parseLong(digits);
    }
}
