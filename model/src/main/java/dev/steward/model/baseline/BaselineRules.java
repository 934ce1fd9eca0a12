package dev.steward.model.baseline;

import dev.steward.model.diagnostic.Severity;
import dev.steward.model.diff.contract.ContractDiffer;
import dev.steward.model.validation.RuleDescription;
import java.util.List;

/** The rules of live governance against the committed version, for the rule catalogue and policies. */
public final class BaselineRules {
    /** A change in meaning that breaks consumers, against the file as committed at HEAD. */
    public static final String BREAKING_CHANGE = "breaking-change";
    /** A contract with a breaking change whose version did not get a new major. */
    public static final String VERSION_NOT_BUMPED = ContractDiffer.RULE_VERSION_NOT_BUMPED;
    /** A contract changed in meaning without any version bump. */
    public static final String VERSION_BUMP_MISSING = ContractDiffer.RULE_VERSION_BUMP_MISSING;

    private BaselineRules() {
    }

    public static List<RuleDescription> all() {
        return List.of(
                new RuleDescription(BREAKING_CHANGE, Severity.WARNING, "A change that breaks consumers against the "
                        + "committed version (HEAD): removed or retyped elements, tightened constraints, removed "
                        + "output ports, changed measures. The message lists the metrics, data products and "
                        + "exposures it reaches and whom to notify."),
                new RuleDescription(VERSION_NOT_BUMPED, Severity.ERROR, "A contract has a breaking change against "
                        + "HEAD but its version did not get a new major (0.x: a new minor); the quick fix writes it."),
                new RuleDescription(VERSION_BUMP_MISSING, Severity.WARNING, "A contract changed in meaning against "
                        + "HEAD without any version bump; the quick fix writes the next patch version."));
    }
}
