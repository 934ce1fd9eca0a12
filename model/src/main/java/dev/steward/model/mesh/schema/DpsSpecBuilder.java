package dev.steward.model.mesh.schema;

import dev.steward.model.contract.schema.Field;
import dev.steward.model.contract.schema.ListShape;
import dev.steward.model.contract.schema.MapShape;
import dev.steward.model.contract.schema.ObjectType;
import dev.steward.model.contract.schema.ScalarShape;
import dev.steward.model.contract.schema.Shape;
import dev.steward.model.contract.schema.Spec;
import dev.steward.model.contract.schema.Version;

/**
 * Builds the {@link Spec} of the Data Product Specification 0.0.1 (datamesh-architecture / Data Mesh
 * Manager). Its objects accept extension keys (a key that looks like a typo of a known one is a
 * warning); its enums are extensible, so their values are suggestions, never enforced.
 */
final class DpsSpecBuilder {

    static final String STANDARD = "Data Product Specification";
    private static final String[] STATUSES = {"proposed", "in development", "active", "retired"};

    private final Version version;

    DpsSpecBuilder(Version version) {
        this.version = version;
    }

    Spec build() {
        ObjectType root = new ObjectType("DataProduct", "the data product", false)
                .field(Field.of("dataProductSpecification", ScalarShape.oneOf(DpsSchema.CURRENT))
                        .withTemplate(DpsSchema.CURRENT))
                .field(Field.of("id", ScalarShape.STRING).withTemplate("my-data-product"))
                .field("info", info())
                .field("inputPorts", ListShape.of(inputPort()))
                .field("outputPorts", ListShape.of(outputPort()))
                .field("links", links())
                .field("custom", custom())
                .field("tags", tags())
                .require("id", "info");
        return Spec.of(STANDARD, OdpsSchema.RULE_PREFIX, version, root);
    }

    private static Shape tags() {
        return ListShape.of(ScalarShape.STRING);
    }

    private static Shape links() {
        return MapShape.of("link", ScalarShape.STRING);
    }

    private static Shape custom() {
        return MapShape.of("custom field", ScalarShape.STRING);
    }

    private static ObjectType info() {
        return new ObjectType("Info", "the info block", false)
                .field("title", ScalarShape.STRING)
                .field(Field.of("owner", ScalarShape.STRING).withTemplate("my-team"))
                .field("domain", ScalarShape.STRING)
                .field("description", ScalarShape.STRING)
                .field(Field.of("status", ScalarShape.STRING).withSuggestions(STATUSES))
                .field(Field.of("archetype", ScalarShape.STRING).withSuggestions("consumer-aligned", "aggregate",
                        "source-aligned"))
                .field(Field.of("maturity", ScalarShape.STRING).withSuggestions("raw", "defined", "managed")
                        .deprecated("use the description or the archetype instead"))
                .require("title", "owner");
    }

    private static ObjectType inputPort() {
        return new ObjectType("InputPort", "an input port", false)
                .field("id", ScalarShape.STRING)
                .field("name", ScalarShape.STRING)
                .field("description", ScalarShape.STRING)
                .field("sourceSystemId", ScalarShape.STRING)
                .field("type", ScalarShape.STRING)
                .field("location", ScalarShape.STRING)
                .field("links", links())
                .field("custom", custom())
                .field("tags", tags())
                .require("id", "name", "sourceSystemId");
    }

    private static ObjectType outputPort() {
        ObjectType server = new ObjectType("Server", "the server", false);
        for (String key : new String[] {"project", "dataset", "account", "database", "schema", "host", "topic",
            "location", "delimiter", "format", "table", "view", "share"}) {
            server.field(key, ScalarShape.STRING);
        }
        return new ObjectType("OutputPort", "an output port", false)
                .field("id", ScalarShape.STRING)
                .field("name", ScalarShape.STRING)
                .field("description", ScalarShape.STRING)
                .field(Field.of("type", ScalarShape.STRING).withSuggestions("snowflake", "kafka", "bigquery", "s3",
                        "postgres", "redshift"))
                .field(Field.of("status", ScalarShape.STRING).withSuggestions(STATUSES))
                .field(Field.of("location", ScalarShape.STRING).deprecated("use the fields of 'server' instead"))
                .field("server", server)
                .field("links", links())
                .field("custom", custom())
                .field(Field.of("containsPii", ScalarShape.BOOLEAN).withTemplate("false"))
                .field(Field.of("autoApprove", ScalarShape.BOOLEAN).withTemplate("false"))
                .field("dataContractId", ScalarShape.STRING)
                .field("tags", tags())
                .require("id", "name");
    }
}
