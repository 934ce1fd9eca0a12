package dev.steward.model.contract.odcs.model;

import dev.steward.model.contract.odcs.OdcsSchema;
import dev.steward.model.contract.schema.ObjectType;
import dev.steward.model.contract.schema.Spec;
import dev.steward.model.contract.schema.Variant;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlSequence;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the root-level parts of a contract other than the schema: description, servers, team, support, price, SLAs. */
final class ContractPartsReader {

    /** Every type-specific server field of every ODCS version, taken from the declarative spec. */
    private static final Set<String> SERVER_FIELDS = serverFields();

    private ContractPartsReader() {
    }

    static Description description(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new Description(f.text("purpose"), f.text("limitations"), f.text("usage"),
                CommonReader.authoritativeDefinitions(f), CommonReader.customProperties(f), f.extensions(), m.range());
    }

    static Server server(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        String id = f.text("id");
        String server = f.text("server");
        String type = f.text("type");
        String description = f.text("description");
        String environment = f.text("environment");
        List<Role> roles = f.objects("roles", CommonReader::role);
        List<CustomProperty> custom = CommonReader.customProperties(f);
        Map<String, String> properties = new LinkedHashMap<>();
        for (YamlMapping.Entry e : m.entries()) {
            if (SERVER_FIELDS.contains(e.name()) && !properties.containsKey(e.name())) {
                String value = f.text(e.name());
                if (value != null) {
                    properties.put(e.name(), value);
                }
            }
        }
        return new Server(id, server, type, description, environment, roles, custom,
                Collections.unmodifiableMap(properties), f.extensions(), m.range());
    }

    static SupportChannel support(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new SupportChannel(f.text("id"), f.text("channel"), f.text("url"), f.text("description"),
                f.text("tool"), f.text("scope"), f.text("invitationUrl"), CommonReader.customProperties(f),
                f.extensions(), m.range());
    }

    static Price price(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new Price(f.text("id"), f.number("priceAmount"), f.text("priceCurrency"), f.text("priceUnit"),
                f.extensions(), m.range());
    }

    /** The team object (v3.1) or the deprecated list of members (v3.0); null when absent or neither. */
    static Team team(FieldReader root) {
        YamlNode node = root.raw("team");
        if (node instanceof YamlSequence seq) {
            List<TeamMember> members = seq.items().stream().filter(YamlMapping.class::isInstance)
                    .map(n -> member((YamlMapping) n)).toList();
            if (members.size() != seq.size()) {
                root.reject("team");
            }
            return new Team(null, null, null, members, List.of(), List.of(), List.of(), true, Map.of(), seq.range());
        }
        if (node instanceof YamlMapping m) {
            return team(m);
        }
        if (node != null) {
            root.reject("team");
        }
        return null;
    }

    static Team team(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new Team(f.text("id"), f.text("name"), f.text("description"),
                f.objects("members", ContractPartsReader::member), f.texts("tags"), CommonReader.customProperties(f),
                CommonReader.authoritativeDefinitions(f), false, f.extensions(), m.range());
    }

    static TeamMember member(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new TeamMember(f.text("id"), f.text("username"), f.text("name"), f.text("description"), f.text("role"),
                f.text("dateIn"), f.text("dateOut"), f.text("replacedByUsername"), f.texts("tags"),
                CommonReader.customProperties(f), CommonReader.authoritativeDefinitions(f), f.extensions(),
                m.range());
    }

    static SlaProperty sla(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new SlaProperty(f.text("id"), f.text("property"), f.text("value"), f.text("valueExt"), f.text("unit"),
                f.text("element"), f.text("driver"), f.text("description"), f.text("scheduler"), f.text("schedule"),
                f.extensions(), m.range());
    }

    private static Set<String> serverFields() {
        Set<String> common = Set.of("id", "server", "type", "description", "environment", "roles", "customProperties");
        Set<String> out = new LinkedHashSet<>();
        for (Spec spec : OdcsSchema.family().specs()) {
            ObjectType server = spec.type("Server");
            for (Variant v : server.variants()) {
                v.fields().keySet().stream().filter(k -> !common.contains(k)).forEach(out::add);
            }
        }
        return Set.copyOf(out);
    }
}
