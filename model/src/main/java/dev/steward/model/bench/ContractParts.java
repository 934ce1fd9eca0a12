package dev.steward.model.bench;

import static dev.steward.model.bench.SchemaObjectFactory.ordered;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** The top-level blocks of a generated contract: identity, servers, team, support, roles and SLA. */
final class ContractParts {

    private static final List<String[]> PEOPLE = List.of(
            new String[] {"mreyes", "Marta Reyes"}, new String[] {"jvos", "Jan Vos"},
            new String[] {"lbakker", "Lotte Bakker"}, new String[] {"tmoreau", "Theo Moreau"},
            new String[] {"sokafor", "Sade Okafor"}, new String[] {"pnowak", "Piotr Nowak"},
            new String[] {"hsato", "Hana Sato"}, new String[] {"dmensah", "Daniel Mensah"},
            new String[] {"eolsen", "Eva Olsen"}, new String[] {"rgupta", "Ravi Gupta"});
    private static final List<String> ROLES = List.of("Data Product Owner", "Analytics Engineer", "Data Steward", "Data Engineer");

    private final Random random;

    ContractParts(Random random) {
        this.random = random;
    }

    Map<String, Object> header(String name, String domain, String purpose) {
        Map<String, Object> root = ordered("apiVersion", "v3.1.0");
        root.put("kind", "DataContract");
        root.put("id", new UUID(random.nextLong(), random.nextLong()).toString());
        root.put("name", name);
        root.put("version", (1 + random.nextInt(3)) + "." + random.nextInt(10) + "." + random.nextInt(5));
        root.put("status", random.nextInt(10) == 0 ? "draft" : "active");
        root.put("domain", domain);
        root.put("description", ordered("purpose", purpose));
        return root;
    }

    List<Map<String, Object>> servers(String domain, boolean all) {
        List<Map<String, Object>> servers = new ArrayList<>();
        Map<String, Object> pg = ordered("server", "prod");
        pg.put("type", "postgres");
        pg.put("environment", "prod");
        pg.put("host", "db." + domain + ".example");
        pg.put("port", 5432);
        pg.put("database", domain);
        pg.put("schema", "public");
        servers.add(pg);
        if (all) {
            Map<String, Object> sf = ordered("server", "warehouse");
            sf.put("type", "snowflake");
            sf.put("environment", "prod");
            sf.put("account", "example-eu1");
            sf.put("database", "ANALYTICS");
            sf.put("schema", domain.toUpperCase());
            servers.add(sf);
            Map<String, Object> dev = ordered("server", "dev");
            dev.put("type", "duckdb");
            dev.put("environment", "dev");
            dev.put("database", "./" + domain + ".duckdb");
            servers.add(dev);
        }
        return servers;
    }

    Map<String, Object> team(String domain, int size) {
        Map<String, Object> team = ordered("name", capitalised(domain) + " Data");
        List<Map<String, Object>> members = new ArrayList<>();
        int first = random.nextInt(PEOPLE.size());
        for (int i = 0; i < size; i++) {
            String[] person = PEOPLE.get((first + i) % PEOPLE.size());
            Map<String, Object> m = ordered("username", person[0]);
            m.put("name", person[1]);
            m.put("role", ROLES.get(i % ROLES.size()));
            m.put("dateIn", String.format("20%02d-%02d-%02d", 21 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            members.add(m);
        }
        team.put("members", members);
        return team;
    }

    List<Map<String, Object>> support(String domain) {
        Map<String, Object> slack = ordered("channel", "#" + domain + "-data");
        slack.put("tool", "slack");
        slack.put("scope", "interactive");
        return List.of(slack);
    }

    List<Map<String, Object>> roles(String domain) {
        Map<String, Object> reader = ordered("role", domain + "_reader");
        reader.put("access", "read");
        reader.put("firstLevelApprovers", capitalised(domain) + " product owner");
        return List.of(reader);
    }

    /** Latency, retention, frequency and availability; {@code element} is a {@code table.column}. */
    List<Map<String, Object>> sla(String element) {
        List<Map<String, Object>> sla = new ArrayList<>();
        sla.add(slaProperty("latency", 1 + random.nextInt(24), "h", element));
        sla.add(slaProperty("retention", 1 + random.nextInt(10), "y", element));
        sla.add(slaProperty("frequency", 1, random.nextBoolean() ? "h" : "d", element));
        sla.add(slaProperty("availability", 99.5, "percent", null));
        return sla;
    }

    private static Map<String, Object> slaProperty(String property, Object value, String unit, String element) {
        Map<String, Object> p = ordered("property", property);
        p.put("value", value);
        p.put("unit", unit);
        if (element != null) {
            p.put("element", element);
        }
        return p;
    }

    static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
