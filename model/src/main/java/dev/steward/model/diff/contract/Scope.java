package dev.steward.model.diff.contract;

/** What kind of contract element a mapping describes; the rule table classifies a change by it. */
enum Scope {
    /** The document root. */
    CONTRACT,
    /** DCS {@code info}. */
    INFO,
    /** An ODCS schema object or a DCS model. */
    OBJECT,
    /** An ODCS property or DCS field, and its {@code items}. */
    PROPERTY,
    /** ODCS {@code logicalTypeOptions}. */
    TYPE_OPTIONS,
    SERVER,
    /** One service level: an ODCS {@code slaProperties} entry or a DCS {@code servicelevels} block. */
    SLA,
    /** DCS {@code servicelevels}: a block per service level. */
    SLA_GROUP,
    /** ODCS v3.1 {@code team} object. */
    TEAM,
    MEMBER,
    ROLE,
    SUPPORT,
    LINK,
    CUSTOM,
    QUALITY,
    RELATIONSHIP,
    /** An ODCS v3.2 {@code enum} entry. */
    ENUM_VALUE,
    /** Anything else: documentation blocks, terms, extension objects. */
    DOCUMENT;

    /** The scope of a mapping nested under an attribute of this scope that has no scope of its own. */
    Scope nestedDefault() {
        return switch (this) {
            case QUALITY, SERVER, SLA, MEMBER, ROLE, RELATIONSHIP, TYPE_OPTIONS -> this;
            default -> DOCUMENT;
        };
    }
}
