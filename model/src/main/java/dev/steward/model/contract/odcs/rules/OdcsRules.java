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

    private OdcsRules() {
    }

    public static List<OdcsRule> all() {
        return ALL;
    }
}
