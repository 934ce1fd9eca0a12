package dev.steward.model.contract.odcs;

import dev.steward.model.contract.schema.ChoiceShape;
import dev.steward.model.contract.schema.Field;
import dev.steward.model.contract.schema.ListShape;
import dev.steward.model.contract.schema.ObjectType;
import dev.steward.model.contract.schema.ScalarShape;
import dev.steward.model.contract.schema.Shape;
import dev.steward.model.contract.schema.TextPattern;
import dev.steward.model.contract.schema.Version;

/** Small ODCS objects shared by many places (tags, custom properties, ...) for one version. */
final class OdcsCommon {

    private static final ScalarShape STABLE_ID = ScalarShape.matching(
            TextPattern.of("^[A-Za-z0-9_-]+$", "a stable id made of letters, digits, '_' and '-'"));
    private static final String SHORTHAND_V31 = "[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*";
    private static final String SHORTHAND_V32 = "[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)+";
    private static final String QUALIFIED = "(?:(?:https?://)?[A-Za-z0-9._\\-/]+\\.yaml#)?/?[A-Za-z_][A-Za-z0-9_]*/[A-Za-z0-9_-]+"
            + "(?:/[A-Za-z_][A-Za-z0-9_]*/[A-Za-z0-9_-]+)*";
    private static final ScalarShape REFERENCE_V31 = reference(SHORTHAND_V31);
    private static final ScalarShape REFERENCE_V32 = reference(SHORTHAND_V32);

    private final Version version;
    private final boolean v31;
    private final ObjectType customProperty;
    private final ObjectType authoritativeDefinition;

    OdcsCommon(Version version) {
        this.version = version;
        this.v31 = version.atLeast("v3.1.0");
        customProperty = new ObjectType("CustomProperty", "a custom property", v31);
        idIfV31(customProperty).field("property", ScalarShape.STRING).field("value", ScalarShape.ANY);
        authoritativeDefinition = new ObjectType("AuthoritativeDefinition", "an authoritative definition", v31);
        idIfV31(authoritativeDefinition).field(Field.of("type", ScalarShape.STRING).withSuggestions("businessDefinition",
                "transformationImplementation", "videoTutorial", "tutorial", "implementation", "canonicalUrl")).field("url", ScalarShape.STRING)
                .require("url", "type");
        if (v31) {
            customProperty.field("description", ScalarShape.STRING).require("property", "value");
            authoritativeDefinition.field("description", ScalarShape.STRING);
        }
    }

    private static ScalarShape reference(String shorthand) {
        return ScalarShape.matching(TextPattern.of("^(?:" + shorthand + "|" + QUALIFIED + ")$",
                "a reference such as 'table.column' or 'schema/<id>/properties/<id>'"));
    }

    /** Adds the 3.1 stable {@code id} field when the version has it. */
    ObjectType idIfV31(ObjectType type) {
        if (v31) {
            type.field("id", STABLE_ID);
        }
        return type;
    }

    Shape stableId() {
        return STABLE_ID;
    }

    Shape tags() {
        return ListShape.of(ScalarShape.STRING);
    }

    Shape customProperties() {
        return ListShape.of(customProperty);
    }

    Shape authoritativeDefinitions() {
        return ListShape.of(authoritativeDefinition);
    }

    ObjectType openObject(String id, String label) {
        return new ObjectType(id, label, false);
    }

    /** {@code from}/{@code to} of a relationship: one reference or a non-empty list of them. */
    Shape references() {
        ScalarShape one = version.atLeast("v3.2.0") ? REFERENCE_V32 : REFERENCE_V31;
        return new ChoiceShape(null, new ListShape(one, 1, Integer.MAX_VALUE, false), one);
    }

    ObjectType role() {
        ObjectType role = new ObjectType("Role", "a role", v31);
        idIfV31(role).field(Field.of("role", ScalarShape.STRING))
                .field("access", ScalarShape.STRING)
                .field("description", ScalarShape.STRING)
                .field("firstLevelApprovers", ScalarShape.STRING)
                .field("secondLevelApprovers", ScalarShape.STRING)
                .require("role");
        if (version.atLeast("v3.0.1")) {
            role.field("customProperties", customProperties());
        }
        return role;
    }
}
