package dev.steward.model.contract.odcs;

import dev.steward.model.contract.schema.ChoiceShape;
import dev.steward.model.contract.schema.ListShape;
import dev.steward.model.contract.schema.ObjectType;
import dev.steward.model.contract.schema.ScalarShape;
import dev.steward.model.contract.schema.Shape;

/** Objects added by the ODCS v3.2.0 draft: enum values, synonyms and the AI context block. */
final class OdcsDraftTypes {
    private OdcsDraftTypes() {
    }

    static ObjectType enumValue(OdcsCommon common) {
        return common.idIfV31(new ObjectType("EnumValue", "an enum value", true))
                .field("value", ScalarShape.SCALAR)
                .field("label", ScalarShape.STRING)
                .field("description", ScalarShape.STRING)
                .field("tags", common.tags())
                .field("customProperties", common.customProperties())
                .field("authoritativeDefinitions", common.authoritativeDefinitions())
                .require("value");
    }

    static ObjectType synonym(OdcsCommon common) {
        return common.idIfV31(new ObjectType("Synonym", "a synonym", true))
                .field("synonym", ScalarShape.STRING)
                .field("locale", ScalarShape.STRING)
                .field("source", ScalarShape.STRING)
                .field("status", ScalarShape.STRING)
                .field("description", ScalarShape.STRING)
                .field("customProperties", common.customProperties())
                .require("synonym");
    }

    static Shape context(OdcsCommon common) {
        ObjectType statement = contextItem(common, "VerifiedStatement", "a verified statement", "question")
                .field("answer", ScalarShape.STRING);
        ObjectType constraint = contextItem(common, "ContextConstraint", "a context constraint", "constraint");
        ObjectType context = new ObjectType("Context", "a context", true)
                .field("instructions", ScalarShape.STRING)
                .field("verifiedStatements", ListShape.of(statement))
                .field("constraints", ListShape.of(constraint));
        return new ChoiceShape(context, null, ScalarShape.STRING);
    }

    private static ObjectType contextItem(OdcsCommon common, String id, String label, String main) {
        return new ObjectType(id, label, true)
                .field(main, ScalarShape.STRING)
                .field("id", ScalarShape.STRING)
                .field("tags", common.tags())
                .field("customProperties", common.customProperties())
                .field("authoritativeDefinitions", common.authoritativeDefinitions())
                .require(main);
    }
}
