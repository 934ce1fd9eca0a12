package dev.steward.model.contract.odcs;

import dev.steward.model.contract.schema.ChoiceShape;
import dev.steward.model.contract.schema.Field;
import dev.steward.model.contract.schema.ListShape;
import dev.steward.model.contract.schema.ObjectType;
import dev.steward.model.contract.schema.Problems;
import dev.steward.model.contract.schema.ScalarShape;
import dev.steward.model.contract.schema.Shape;
import dev.steward.model.contract.schema.Spec;
import dev.steward.model.contract.schema.TextPattern;
import dev.steward.model.contract.schema.Version;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlSequence;
import java.util.List;

/** Builds the {@link Spec} of one ODCS version from the standard's documented structure. */
final class OdcsSpecBuilder {

    private final Version version;
    private final boolean v31;
    private final OdcsCommon common;

    OdcsSpecBuilder(Version version) {
        this.version = version;
        this.v31 = version.atLeast("v3.1.0");
        this.common = new OdcsCommon(version);
    }

    Spec build() {
        ObjectType quality = OdcsQuality.build(version, common);
        OdcsProperties properties = new OdcsProperties(version, common, quality);
        ObjectType root = new ObjectType("Contract", "the contract", true);
        root.field(Field.of("apiVersion", ScalarShape.STRING).withTemplate(OdcsSchema.CURRENT))
                .field(Field.of("kind", ScalarShape.oneOf("DataContract")).withTemplate("DataContract"))
                .field("id", ScalarShape.STRING)
                .field("name", ScalarShape.STRING)
                .field(Field.of("version", ScalarShape.STRING).withTemplate("1.0.0"))
                .field(Field.of("status", ScalarShape.STRING).withTemplate("draft")
                        .withSuggestions("proposed", "draft", "active", "deprecated", "retired"))
                .field("tenant", ScalarShape.STRING)
                .field("domain", ScalarShape.STRING)
                .field(deprecatedIfV31(Field.of("dataProduct", ScalarShape.STRING), "a contract no longer names its data product"))
                .field("description", description())
                .field("tags", common.tags())
                .field("servers", ListShape.of(server()))
                .field("schema", ListShape.of(properties.schemaObject()))
                .field("support", ListShape.of(support()))
                .field("price", price())
                .field("team", team())
                .field("roles", ListShape.of(common.role()))
                .field(deprecatedIfV31(Field.of("slaDefaultElement", ScalarShape.STRING), "use 'element' on each SLA property"))
                .field("slaProperties", ListShape.of(sla()))
                .field("customProperties", common.customProperties())
                .field("contractCreatedTs", ScalarShape.matching(TextPattern.dateTime()))
                .require("version", "apiVersion", "kind", "id");
        if (v31) {
            root.rule(OdcsSpecBuilder::teamAsList);
        }
        if (!version.atLeast("v3.2.0")) {
            root.require("status");
        } else {
            root.field("context", OdcsDraftTypes.context(common));
        }
        if (version.atLeast("v3.0.1")) {
            root.field("authoritativeDefinitions", common.authoritativeDefinitions());
        }
        return Spec.of("ODCS", "odcs", version, root);
    }

    /** Since 3.1 the team is an object; the older list of members is still accepted but deprecated. */
    private static void teamAsList(YamlMapping root, Problems problems) {
        root.entry("team").filter(e -> e.value() instanceof YamlSequence).ifPresent(e -> problems.warning("deprecated",
                e.key().range(), "'team' as a list of members is deprecated since ODCS v3.1.0; write team: {name: ...,"
                        + " members: [...]}", List.of()));
    }

    private Field deprecatedIfV31(Field f, String why) {
        return v31 && !version.atLeast("v3.2.0") ? f.deprecated(why) : f;
    }

    private ObjectType description() {
        ObjectType d = new ObjectType("Description", "the description", false)
                .field("purpose", ScalarShape.STRING)
                .field("limitations", ScalarShape.STRING)
                .field("usage", ScalarShape.STRING);
        if (version.atLeast("v3.0.1")) {
            d.field("authoritativeDefinitions", common.authoritativeDefinitions())
                    .field("customProperties", common.customProperties());
        }
        return d;
    }

    private ObjectType server() {
        ObjectType s = new ObjectType("Server", "a server", v31).discriminator("type");
        common.idIfV31(s).field("server", ScalarShape.STRING);
        s.field("type", ScalarShape.STRING) // replaced below once the type list is known
                .field("description", ScalarShape.STRING)
                .field(Field.of("environment", ScalarShape.STRING).withSuggestions("prod", "preprod", "dev", "uat", "test"))
                .field("roles", ListShape.of(common.role()))
                .field("customProperties", common.customProperties())
                .require("server", "type");
        s.field(Field.of("type", ScalarShape.oneOf(new OdcsServers(version).addTo(s))));
        return s;
    }

    private ObjectType support() {
        ObjectType s = new ObjectType("SupportItem", "a support channel", v31);
        common.idIfV31(s).field("channel", ScalarShape.STRING)
                .field("url", ScalarShape.STRING)
                .field("description", ScalarShape.STRING)
                .field(Field.of("tool", ScalarShape.STRING).withSuggestions("email", "slack", "teams", "discord", "ticket",
                        "googlechat", "other"))
                .field(Field.of("scope", ScalarShape.STRING).withSuggestions("interactive", "announcements", "issues",
                        "notifications"))
                .field("invitationUrl", ScalarShape.STRING)
                .require("channel");
        if (v31) {
            s.field("customProperties", common.customProperties());
        } else {
            s.require("url");
        }
        return s;
    }

    private ObjectType price() {
        return common.idIfV31(new ObjectType("Pricing", "the price", v31))
                .field("priceAmount", ScalarShape.NUMBER)
                .field("priceCurrency", ScalarShape.STRING)
                .field("priceUnit", ScalarShape.STRING);
    }

    private Shape team() {
        ObjectType member = new ObjectType("TeamMember", "a team member", v31);
        common.idIfV31(member).field("username", ScalarShape.STRING)
                .field("role", ScalarShape.STRING)
                .field("dateIn", ScalarShape.matching(TextPattern.date()))
                .field("dateOut", ScalarShape.matching(TextPattern.date()))
                .field("replacedByUsername", ScalarShape.STRING);
        if (version.atLeast("v3.0.2")) {
            member.field("name", ScalarShape.STRING).field("description", ScalarShape.STRING);
        }
        if (!v31) {
            return ListShape.of(member);
        }
        member.field("tags", common.tags())
                .field("customProperties", common.customProperties())
                .field("authoritativeDefinitions", common.authoritativeDefinitions())
                .require("username");
        ObjectType team = common.idIfV31(new ObjectType("Team", "the team", true))
                .field("name", ScalarShape.STRING)
                .field("description", ScalarShape.STRING)
                .field("members", ListShape.of(member))
                .field("tags", common.tags())
                .field("customProperties", common.customProperties())
                .field("authoritativeDefinitions", common.authoritativeDefinitions());
        return new ChoiceShape(team, ListShape.of(member), null);
    }

    private ObjectType sla() {
        ObjectType s = new ObjectType("ServiceLevelAgreementProperty", "an SLA property", v31);
        common.idIfV31(s).field("property", ScalarShape.STRING)
                .field("value", ScalarShape.SCALAR)
                .field("valueExt", ScalarShape.SCALAR)
                .field("unit", ScalarShape.STRING)
                .field("element", ScalarShape.STRING)
                .field(Field.of("driver", ScalarShape.STRING).withSuggestions("regulatory", "analytics", "operational"))
                .require("property", "value");
        if (v31) {
            s.field("description", ScalarShape.STRING)
                    .field("scheduler", ScalarShape.STRING)
                    .field("schedule", ScalarShape.STRING);
        }
        return s;
    }
}
