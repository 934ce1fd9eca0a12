package dev.steward.model.mesh.schema;

import dev.steward.model.contract.schema.Field;
import dev.steward.model.contract.schema.ListShape;
import dev.steward.model.contract.schema.ObjectType;
import dev.steward.model.contract.schema.ScalarShape;
import dev.steward.model.contract.schema.Shape;
import dev.steward.model.contract.schema.Spec;
import dev.steward.model.contract.schema.TextPattern;
import dev.steward.model.contract.schema.Version;

/**
 * Builds the {@link Spec} of one Bitol Open Data Product Standard version (v0.9.0, v1.0.0) from the
 * standard's documented structure. Every ODPS object is closed (no extension keys: custom data goes
 * in {@code customProperties}). v1.0.0 turned {@code team} from a list of members into an object and
 * gave input/output ports and members tags, custom properties and authoritative definitions.
 */
final class OdpsSpecBuilder {

    static final String STANDARD = "Bitol ODPS";
    private static final String[] DEFINITION_TYPES = {"businessDefinition", "transformationImplementation",
        "videoTutorial", "tutorial", "implementation"};

    private final Version version;
    private final boolean v1;
    private final ObjectType customProperty;
    private final ObjectType authoritativeDefinition;

    OdpsSpecBuilder(Version version) {
        this.version = version;
        this.v1 = version.atLeast("v1.0.0");
        customProperty = new ObjectType("CustomProperty", "a custom property", true)
                .field("property", ScalarShape.STRING)
                .field("value", ScalarShape.ANY)
                .field("description", ScalarShape.STRING)
                .require("property", "value");
        Field type = v1 ? Field.of("type", ScalarShape.STRING).withSuggestions(DEFINITION_TYPES)
                : Field.of("type", ScalarShape.oneOf(DEFINITION_TYPES));
        authoritativeDefinition = new ObjectType("AuthoritativeDefinition", "an authoritative definition", true)
                .field(type)
                .field("url", ScalarShape.STRING)
                .field("description", ScalarShape.STRING)
                .require("type", "url");
    }

    Spec build() {
        ObjectType root = new ObjectType("DataProduct", "the data product", true)
                .field(Field.of("apiVersion", ScalarShape.STRING).withTemplate(OdpsSchema.CURRENT))
                .field(Field.of("kind", ScalarShape.oneOf("DataProduct")).withTemplate("DataProduct"))
                .field(Field.of("id", ScalarShape.STRING).withTemplate("my-data-product"))
                .field("name", ScalarShape.STRING)
                .field(Field.of("version", ScalarShape.STRING).withTemplate("1.0.0"))
                .field(Field.of("status", ScalarShape.STRING).withTemplate("draft")
                        .withSuggestions("proposed", "draft", "active", "deprecated", "retired"))
                .field("domain", ScalarShape.STRING)
                .field("tenant", ScalarShape.STRING)
                .field("authoritativeDefinitions", definitions())
                .field("description", description())
                .field("customProperties", customProperties())
                .field("tags", tags())
                .field("inputPorts", ListShape.of(inputPort()))
                .field("outputPorts", ListShape.of(outputPort()))
                .field("managementPorts", ListShape.of(managementPort()))
                .field("support", ListShape.of(support()))
                .field("team", team())
                .field("productCreatedTs", ScalarShape.matching(TextPattern.dateTime()))
                .require("apiVersion", "kind", "id", "status")
                .rule(OdpsPortRules::outputPortPresent)
                .rule(OdpsPortRules::uniquePortKeys);
        return Spec.of(STANDARD, OdpsSchema.RULE_PREFIX, version, root);
    }

    private static Shape tags() {
        return ListShape.of(ScalarShape.STRING);
    }

    private Shape customProperties() {
        return ListShape.of(customProperty);
    }

    private Shape definitions() {
        return ListShape.of(authoritativeDefinition);
    }

    /** Adds tags, custom properties and authoritative definitions. */
    private ObjectType annotated(ObjectType type) {
        return type.field("tags", tags())
                .field("customProperties", customProperties())
                .field("authoritativeDefinitions", definitions());
    }

    private ObjectType annotatedIfV1(ObjectType type) {
        return v1 ? annotated(type) : type;
    }

    private ObjectType description() {
        return new ObjectType("Description", "the description", true)
                .field("purpose", ScalarShape.STRING)
                .field("limitations", ScalarShape.STRING)
                .field("usage", ScalarShape.STRING)
                .field("authoritativeDefinitions", definitions())
                .field("customProperties", customProperties());
    }

    private ObjectType inputPort() {
        return annotatedIfV1(new ObjectType("InputPort", "an input port", true)
                .field("name", ScalarShape.STRING)
                .field(Field.of("version", ScalarShape.STRING).withTemplate("1.0.0"))
                .field("contractId", ScalarShape.STRING)
                .require("name", "version", "contractId"));
    }

    private ObjectType outputPort() {
        ObjectType sbom = new ObjectType("SBOM", "an SBOM", true)
                .field(Field.of("type", ScalarShape.STRING).withSuggestions("external"))
                .field("url", ScalarShape.STRING)
                .require("url");
        ObjectType inputContract = new ObjectType("InputContract", "an input contract", true)
                .field("id", ScalarShape.STRING)
                .field("version", ScalarShape.STRING)
                .require("id", "version");
        return annotatedIfV1(new ObjectType("OutputPort", "an output port", true)
                .field("name", ScalarShape.STRING)
                .field("description", ScalarShape.STRING)
                .field("type", ScalarShape.STRING)
                .field(Field.of("version", ScalarShape.STRING).withTemplate("1.0.0"))
                .field("contractId", ScalarShape.STRING)
                .field("sbom", ListShape.of(sbom))
                .field("inputContracts", ListShape.of(inputContract))
                .require("name", "version"));
    }

    private ObjectType managementPort() {
        return annotated(new ObjectType("ManagementPort", "a management port", true)
                .field("name", ScalarShape.STRING)
                .field(Field.of("content", ScalarShape.STRING).withSuggestions("discoverability", "observability",
                        "control", "dictionary"))
                .field(Field.of("type", ScalarShape.STRING).withSuggestions("rest", "topic"))
                .field("url", ScalarShape.STRING)
                .field("channel", ScalarShape.STRING)
                .field("description", ScalarShape.STRING)
                .require("name", "content"));
    }

    private ObjectType support() {
        return annotated(new ObjectType("Support", "a support channel", true)
                .field("channel", ScalarShape.STRING)
                .field("url", ScalarShape.STRING)
                .field("description", ScalarShape.STRING)
                .field(Field.of("tool", ScalarShape.STRING).withSuggestions("email", "slack", "teams", "discord",
                        "ticket", "other"))
                .field(Field.of("scope", ScalarShape.STRING).withSuggestions("interactive", "announcements", "issues"))
                .field("invitationUrl", ScalarShape.STRING)
                .require("channel", "url"));
    }

    private Shape team() {
        ObjectType member = annotated(new ObjectType("TeamMember", "a team member", true)
                .field("username", ScalarShape.STRING)
                .field("name", ScalarShape.STRING)
                .field("description", ScalarShape.STRING)
                .field(Field.of("role", ScalarShape.STRING).withSuggestions("owner", "data steward"))
                .field("dateIn", ScalarShape.matching(TextPattern.date()))
                .field("dateOut", ScalarShape.matching(TextPattern.date()))
                .field("replacedByUsername", ScalarShape.STRING));
        if (!v1) {
            return ListShape.of(member);
        }
        member.require("username");
        ObjectType team = annotated(new ObjectType("Team", "the team", true)
                .field("name", ScalarShape.STRING)
                .field("description", ScalarShape.STRING)
                .field("members", ListShape.of(member)));
        return team;
    }

    @Override
    public String toString() {
        return "OdpsSpecBuilder[" + version + "]";
    }
}
