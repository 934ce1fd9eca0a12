package dev.steward.model.contract.odcs.model;

import dev.steward.model.contract.odcs.OdcsSchema;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlSequence;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the root-level parts of a contract other than the schema: description, servers, team, support, price, SLAs. */
final class ContractPartsReader {

    /** Every type-specific server field of every ODCS version, taken from the declarative spec. */
    private static final Set<String> SERVER_FIELDS = SpecKeys.variantKeys(OdcsSchema.family(), "Server",
            Set.of("id", "server", "type", "description", "environment", "roles", "customProperties"));

    private ContractPartsReader() {
    }

    static Description description(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new Description(f.text("purpose"), f.text("limitations"), f.text("usage"),
                CommonReader.authoritativeDefinitions(f), CommonReader.customProperties(f), f.extensions(), m.range());
    }

    static Server server(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new Server(f.text("id"), f.text("server"), f.text("type"), f.text("description"),
                f.text("environment"), f.objects("roles", CommonReader::role), CommonReader.customProperties(f),
                f.textsOf(SERVER_FIELDS), f.extensions(), m.range());
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
}
