package dev.steward.model.contract.odcs.rules;

import java.util.List;

/** Every built-in ODCS semantic rule, in the order they run. */
public final class OdcsRules {

    private static final List<OdcsRule> ALL = List.of(
            new DuplicateNameRule(),
            new RelationshipRule(),
            new PrimaryKeyPositionRule(),
            new QualityPropertyRule(),
            new SlaElementRule(),
            new SlaValueRule(),
            new VersionRule(),
            new OwnerRule(),
            new PersonalDataRule());

    private static final List<String> IDS = List.of(
            DuplicateNameRule.NAME, DuplicateNameRule.ID, RelationshipRule.TARGET, RelationshipRule.ARITY, RelationshipRule.TYPE,
            PrimaryKeyPositionRule.RULE, QualityPropertyRule.RULE, SlaElementRule.RULE, SlaValueRule.RULE,
            VersionRule.RULE, OwnerRule.RULE, PersonalDataRule.RULE);

    private OdcsRules() {
    }

    public static List<OdcsRule> all() {
        return ALL;
    }

    /** Every rule id the ODCS rules report under, for policy files and their completion. */
    public static List<String> ids() {
        return IDS;
    }
}
