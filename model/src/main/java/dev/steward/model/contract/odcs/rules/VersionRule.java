package dev.steward.model.contract.odcs.rules;

import dev.steward.model.contract.odcs.OdcsContract;
import dev.steward.model.contract.semantic.Findings;
import dev.steward.model.contract.semantic.VersionCheck;
import dev.steward.model.validation.ValidationContext;

/** The contract's {@code version} should be a semantic version (MAJOR.MINOR.PATCH). */
public final class VersionRule implements OdcsRule {

    public static final String RULE = "odcs-version-semver";

    @Override
    public void check(OdcsContract contract, ValidationContext context, Findings findings) {
        VersionCheck.check(contract.root().get("version"), "version", RULE, findings);
    }
}
