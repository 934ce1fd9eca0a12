package dev.steward.model.contract.dcs;

import dev.steward.model.contract.schema.ChoiceShape;
import dev.steward.model.contract.schema.Field;
import dev.steward.model.contract.schema.ListShape;
import dev.steward.model.contract.schema.MapShape;
import dev.steward.model.contract.schema.ObjectType;
import dev.steward.model.contract.schema.ScalarShape;
import dev.steward.model.contract.schema.Spec;
import dev.steward.model.contract.schema.TextPattern;
import dev.steward.model.contract.schema.Version;

/** Builds the {@link Spec} of one Data Contract Specification version. DCS objects accept extension keys. */
final class DcsSpecBuilder {

    private final Version version;
    private final boolean v093;
    private final boolean v11;
    private final DcsFields fields;

    DcsSpecBuilder(Version version) {
        this.version = version;
        this.v093 = version.atLeast("0.9.3");
        this.v11 = version.atLeast("1.1.0");
        this.fields = new DcsFields(version);
    }

    Spec build() {
        ObjectType root = new ObjectType("Contract", "the contract", false)
                .field(Field.of("dataContractSpecification", ScalarShape.STRING).withTemplate(DcsSchema.CURRENT))
                .field(Field.of("id", ScalarShape.STRING).withTemplate("my-data-contract"))
                .field("info", info())
                .field("servers", MapShape.of("server", new DcsServers(version).build()))
                .field("terms", terms())
                .require("dataContractSpecification", "id", "info");
        if (version.atLeast("0.9.1")) {
            root.field("models", new MapShape("model", model(), DcsFields.NAME, 1));
        }
        if (version.atLeast("0.9.2")) {
            root.field("definitions", new MapShape("definition", fields.definition(),
                    v11 ? DcsFields.DEFINITION_NAME : DcsFields.NAME, 0));
        }
        if (v093) {
            root.field("servicelevels", DcsServiceLevels.build())
                    .field("links", DcsFields.links())
                    .field("tags", ListShape.of(ScalarShape.STRING));
        }
        if (!v11) {
            root.field("examples", ListShape.of(example()))
                    .field("quality", specification("Quality", "the quality block",
                            v093 ? new String[] {"SodaCL", "montecarlo", "great-expectations", "custom"}
                                    : new String[] {"SodaCL", "montecarlo", "custom"}))
                    .field("schema", specification("SchemaSpecification", "the schema block",
                            "dbt", "bigquery", "json-schema", "sql-ddl", "avro", "protobuf", "custom"));
        }
        return Spec.of("DCS", "dcs", version, root);
    }

    private ObjectType info() {
        ObjectType contact = new ObjectType("Contact", "the contact", false)
                .field("name", ScalarShape.STRING).field("url", ScalarShape.STRING).field("email", ScalarShape.matching(TextPattern.email()));
        ObjectType info = new ObjectType("Info", "the info block", false)
                .field(Field.of("title", ScalarShape.STRING).withTemplate("My data contract"))
                .field(Field.of("version", ScalarShape.STRING).withTemplate("1.0.0"))
                .field("description", ScalarShape.STRING)
                .field("owner", ScalarShape.STRING)
                .field("contact", contact)
                .require("title", "version");
        if (v093) {
            info.field(Field.of("status", ScalarShape.STRING).withSuggestions("proposed", "in development", "active",
                    "deprecated", "retired"));
        }
        if (!version.atLeast("0.9.1")) {
            info.field("dataProduct", ScalarShape.STRING).field("outputPort", ScalarShape.STRING);
        }
        return info;
    }

    private ObjectType terms() {
        ObjectType terms = new ObjectType("Terms", "the terms", false)
                .field("usage", ScalarShape.STRING).field("limitations", ScalarShape.STRING)
                .field("billing", ScalarShape.STRING).field("noticePeriod", ScalarShape.STRING);
        if (v11) {
            terms.field("policies", ListShape.of(new ObjectType("Policy", "a policy", false)
                    .field("type", ScalarShape.STRING).field("description", ScalarShape.STRING).field("url", ScalarShape.STRING)));
        }
        return terms;
    }

    private ObjectType model() {
        ObjectType model = new ObjectType("Model", "a model", false)
                .field("description", ScalarShape.STRING)
                .field("type", version.atLeast("0.9.2") ? ScalarShape.oneOf("table", "view", "object") : ScalarShape.STRING)
                .field("fields", MapShape.of("field", fields.field));
        if (v093) {
            model.field("title", ScalarShape.STRING).field("config", new ObjectType("ModelConfig", "a model config", false)
                    .field("avroNamespace", ScalarShape.STRING));
        }
        if (v11) {
            model.field("examples", ListShape.of(ScalarShape.ANY))
                    .field("primaryKey", ListShape.of(ScalarShape.STRING))
                    .field("quality", ListShape.of(fields.quality()));
        }
        if (version.atLeast("1.2.0")) {
            model.field("additionalFields", ScalarShape.BOOLEAN);
        }
        return model;
    }

    private ObjectType example() {
        ObjectType example = new ObjectType("Example", "an example", false)
                .field("type", ScalarShape.oneOf("csv", "json", "yaml", "custom"))
                .field("description", ScalarShape.STRING)
                .field("model", ScalarShape.STRING)
                .field("data", version.atLeast("0.9.2") ? new ChoiceShape(null, ListShape.of(ScalarShape.ANY), ScalarShape.STRING)
                        : ScalarShape.STRING)
                .require("type", "data");
        if (!version.atLeast("0.9.1")) {
            example.require("model");
        }
        return example;
    }

    private static ObjectType specification(String id, String label, String... types) {
        return new ObjectType(id, label, false)
                .field("type", ScalarShape.oneOf(types))
                .field("specification", new ChoiceShape(new ObjectType(id + "Specification", "a specification", false),
                        null, ScalarShape.STRING))
                .require("type", "specification");
    }

    static TextPattern percentage() {
        return TextPattern.of("^\\d+(\\.\\d+)?%$", "a percentage such as 99.9%");
    }
}
