package dev.steward.model.diff.contract;

import dev.steward.model.diff.ChangeSeverity;
import java.util.Arrays;
import java.util.Optional;

/**
 * The contract rule table: every rule that classifies a change of a data contract, with its stable
 * id (the {@code rule} of a {@link dev.steward.model.diff.SemanticChange}), its severity and what it
 * covers. Seeded from datacontract-cli's legacy DCS table (v0.10.41) and the proposed ODCS ruleset
 * (PR #1482) and extended: removed or retyped elements, tightened constraints, new requirements,
 * removed classification and primary key changes break consumers; loosened constraints,
 * relationship and access changes need a look; documentation and additions are information.
 */
public enum ContractRule {
    CONTRACT_ADDED("contract-added", ChangeSeverity.INFO, "a new contract"),
    CONTRACT_REMOVED("contract-removed", ChangeSeverity.BREAKING, "a contract deleted"),
    UNPARSABLE("unparsable", ChangeSeverity.WARNING, "a revision that does not parse, so nothing can be compared"),
    CONTRACT_ID_CHANGED("contract-id-changed", ChangeSeverity.BREAKING, "the contract's id changed; references to it break"),
    VERSION_CHANGED("version-changed", ChangeSeverity.INFO, "the contract's version changed (judged by the version verdict)"),
    SPEC_VERSION_CHANGED("spec-version-changed", ChangeSeverity.INFO, "apiVersion, kind or dataContractSpecification changed"),
    STATUS_CHANGED("status-changed", ChangeSeverity.WARNING, "the contract's status changed (e.g. active to deprecated)"),

    SCHEMA_OBJECT_ADDED("schema-object-added", ChangeSeverity.INFO, "a new schema object (DCS model)"),
    SCHEMA_OBJECT_REMOVED("schema-object-removed", ChangeSeverity.BREAKING, "a schema object (DCS model) removed"),
    SCHEMA_OBJECT_RENAMED("schema-object-renamed", ChangeSeverity.BREAKING, "a schema object renamed under the same id"),
    OBJECT_TYPE_CHANGED("object-type-changed", ChangeSeverity.BREAKING, "a schema object's type changed (table to view...)"),
    PROPERTY_ADDED("property-added", ChangeSeverity.INFO, "a new optional property (DCS field)"),
    REQUIRED_PROPERTY_ADDED("required-property-added", ChangeSeverity.BREAKING, "a new required property: existing data lacks it"),
    PROPERTY_REMOVED("property-removed", ChangeSeverity.BREAKING, "a property (DCS field) removed"),
    PROPERTY_RENAMED("property-renamed", ChangeSeverity.BREAKING, "a property renamed under the same id"),
    PROPERTY_TYPE_CHANGED("property-type-changed", ChangeSeverity.BREAKING, "logicalType, physicalType or DCS type changed"),
    PHYSICAL_TYPE_WIDENED("physical-type-widened", ChangeSeverity.WARNING, "the same physical type with larger sizes (VARCHAR(18) to VARCHAR(20))"),
    PROPERTY_TYPE_ADDED("property-type-added", ChangeSeverity.WARNING, "a type declared where there was none"),
    PROPERTY_TYPE_REMOVED("property-type-removed", ChangeSeverity.WARNING, "a type declaration dropped"),
    PHYSICAL_NAME_CHANGED("physical-name-changed", ChangeSeverity.BREAKING, "the physical name readers query by changed"),
    PHYSICAL_NAME_DECLARED("physical-name-declared", ChangeSeverity.WARNING, "a physical name added or dropped"),
    REQUIRED_ADDED("required-added", ChangeSeverity.BREAKING, "a property made required"),
    REQUIRED_REMOVED("required-removed", ChangeSeverity.WARNING, "a property made optional: readers may now see nulls"),
    UNIQUE_ADDED("unique-added", ChangeSeverity.BREAKING, "a property made unique"),
    UNIQUE_REMOVED("unique-removed", ChangeSeverity.WARNING, "a property no longer unique"),
    PRIMARY_KEY_CHANGED("primary-key-changed", ChangeSeverity.BREAKING, "primaryKey, its position or a DCS model's key changed"),
    EXPLICIT_DEFAULT("explicit-default", ChangeSeverity.INFO, "a default written or dropped (required: false): no change in meaning"),
    CLASSIFICATION_ADDED("classification-added", ChangeSeverity.WARNING, "a classification (or DCS pii) added"),
    CLASSIFICATION_REMOVED("classification-removed", ChangeSeverity.BREAKING, "a classification (or DCS pii) removed"),
    CLASSIFICATION_CHANGED("classification-changed", ChangeSeverity.BREAKING, "a classification (or DCS pii) changed"),
    ENUM_VALUE_ADDED("enum-value-added", ChangeSeverity.WARNING, "an allowed value added (loosened)"),
    ENUM_VALUE_REMOVED("enum-value-removed", ChangeSeverity.BREAKING, "an allowed value removed"),
    CONSTRAINT_TIGHTENED("constraint-tightened", ChangeSeverity.BREAKING,
            "a bound raised (minimum...) or lowered (maximum...), or a constraint added where there was none"),
    CONSTRAINT_LOOSENED("constraint-loosened", ChangeSeverity.WARNING, "a bound relaxed or a constraint removed"),
    CONSTRAINT_CHANGED("constraint-changed", ChangeSeverity.WARNING, "a constraint changed in no direction that can be told"),
    PATTERN_CHANGED("pattern-changed", ChangeSeverity.BREAKING, "a pattern changed"),
    FORMAT_CHANGED("format-changed", ChangeSeverity.BREAKING, "a format changed (email to uri...)"),
    RELATIONSHIP_CHANGED("relationship-changed", ChangeSeverity.WARNING, "a relationship or DCS references added, removed or changed"),
    DEFINITION_REF_CHANGED("definition-ref-changed", ChangeSeverity.WARNING, "a DCS $ref added, removed or changed"),
    PARTITIONING_CHANGED("partitioning-changed", ChangeSeverity.WARNING, "partitioned or partitionKeyPosition changed"),
    ENCRYPTION_CHANGED("encryption-changed", ChangeSeverity.WARNING, "encryptedName changed"),
    QUALITY_RULE_ADDED("quality-rule-added", ChangeSeverity.INFO, "a new quality rule"),
    QUALITY_RULE_REMOVED("quality-rule-removed", ChangeSeverity.WARNING, "a quality rule removed: a weaker guarantee"),
    QUALITY_RULE_CHANGED("quality-rule-changed", ChangeSeverity.WARNING, "a quality rule's check or threshold changed"),

    SERVER_ADDED("server-added", ChangeSeverity.INFO, "a new server"),
    SERVER_REMOVED("server-removed", ChangeSeverity.BREAKING, "a server removed"),
    SERVER_CONNECTION_CHANGED("server-connection-changed", ChangeSeverity.BREAKING, "a server's type, host, database... changed or removed"),
    SERVER_CONNECTION_ADDED("server-connection-added", ChangeSeverity.WARNING, "a connection attribute added to a server"),
    SERVER_CHANGED("server-changed", ChangeSeverity.INFO, "a server's description or id changed"),
    SLA_ADDED("sla-added", ChangeSeverity.INFO, "a new service level"),
    SLA_REMOVED("sla-removed", ChangeSeverity.BREAKING, "a service level removed: the promise is gone"),
    SLA_WORSENED("sla-worsened", ChangeSeverity.BREAKING, "a service level worse (freshness, latency larger; availability, retention smaller)"),
    SLA_IMPROVED("sla-improved", ChangeSeverity.INFO, "a service level better"),
    SLA_CHANGED("sla-changed", ChangeSeverity.WARNING, "a service level changed in no direction that can be told"),
    TEAM_CHANGED("team-changed", ChangeSeverity.INFO, "the team (DCS owner) or a member's details changed"),
    TEAM_MEMBER_ADDED("team-member-added", ChangeSeverity.INFO, "a team member added"),
    TEAM_MEMBER_REMOVED("team-member-removed", ChangeSeverity.WARNING, "a team member removed: a contact lost"),
    ROLE_ADDED("role-added", ChangeSeverity.INFO, "a new access role"),
    ROLE_REMOVED("role-removed", ChangeSeverity.WARNING, "an access role removed"),
    ACCESS_CHANGED("access-changed", ChangeSeverity.WARNING, "a role's access or approvers changed"),
    SUPPORT_CHANGED("support-changed", ChangeSeverity.INFO, "a support channel added or removed"),

    DESCRIPTION_CHANGED("description-changed", ChangeSeverity.INFO, "descriptions, titles, business names"),
    TAGS_CHANGED("tags-changed", ChangeSeverity.INFO, "tags"),
    EXAMPLES_CHANGED("examples-changed", ChangeSeverity.INFO, "examples"),
    LINEAGE_CHANGED("lineage-changed", ChangeSeverity.INFO, "transformSourceObjects, transformLogic, DCS lineage"),
    DEFINITION_LINK_CHANGED("definition-link-changed", ChangeSeverity.INFO, "authoritative definitions"),
    CUSTOM_PROPERTY_CHANGED("custom-property-changed", ChangeSeverity.INFO, "custom properties added or removed"),
    ATTRIBUTE_CHANGED("attribute-changed", ChangeSeverity.INFO, "any other attribute, unknown keys and extensions");

    private final String id;
    private final ChangeSeverity severity;
    private final String covers;

    ContractRule(String id, ChangeSeverity severity, String covers) {
        this.id = id;
        this.severity = severity;
        this.covers = covers;
    }

    /** The stable kebab-case id written in reports. */
    public String id() {
        return id;
    }

    public ChangeSeverity severity() {
        return severity;
    }

    /** What the rule covers, for a person. */
    public String covers() {
        return covers;
    }

    public static Optional<ContractRule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
