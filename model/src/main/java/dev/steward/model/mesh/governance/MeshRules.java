package dev.steward.model.mesh.governance;

import dev.steward.model.diagnostic.Severity;
import dev.steward.model.mesh.schema.ProductSchemaChecker;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The federated-governance rules of the mesh, with their built-in severity and what they check, for
 * the rule catalog, the policy file and the rules list of the studio. A workspace changes a rule's
 * severity or turns it off in {@code steward-policies.yaml}; a rule with a threshold reads it from
 * the {@code max:} of its policy item:
 * <pre>
 * policies:
 *   - id: mesh-cross-domain-dependencies
 *     severity: warning
 *     max: 2        # a product may depend on products of at most 2 other domains
 * </pre>
 */
public final class MeshRules {

    /** One rule: id, built-in severity, what it checks; {@code defaultLimit} for rules with a threshold. */
    public record Rule(String id, Severity severity, String description, Integer defaultLimit) {
        public Optional<Integer> limit() {
            return Optional.ofNullable(defaultLimit);
        }
    }

    public static final Rule OUTPUT_CONTRACT_MISSING = new Rule("mesh-output-contract-missing", Severity.ERROR,
            "Every output port names a data contract that exists in the workspace", null);
    public static final Rule CONTRACT_OWNER_MISMATCH = new Rule("mesh-contract-owner-mismatch", Severity.WARNING,
            "The team owning an output port's contract is the team owning the data product", null);
    public static final Rule DEPENDENCY_CYCLE = new Rule("mesh-dependency-cycle", Severity.ERROR,
            "Data products do not depend on each other in a cycle", null);
    public static final Rule INPUT_PORT_UNRESOLVED = new Rule("mesh-input-port-unresolved", Severity.WARNING,
            "Every input port consumes a contract some product offers on an output port (DPS: a known source"
                    + " system or product)", null);
    public static final Rule PII_UNCLASSIFIED = new Rule("mesh-pii-unclassified", Severity.WARNING,
            "An output port with personal data has a classification on every personal-data property of its contract",
            null);
    public static final Rule DEPRECATED_DEPENDENCY = new Rule("mesh-deprecated-dependency", Severity.WARNING,
            "No data product consumes a deprecated or retired contract or data product", null);
    public static final Rule CROSS_DOMAIN_DEPENDENCIES = new Rule("mesh-cross-domain-dependencies", Severity.WARNING,
            "A data product depends on at most N products of other domains (max: N in the policy, default 3)", 3);

    public static final Rule UNKNOWN_TEAM = new Rule("mesh-unknown-team", Severity.WARNING,
            "A data product's owning team is one the workspace declares (once it declares teams)", null);
    public static final Rule UNKNOWN_DOMAIN = new Rule("mesh-unknown-domain", Severity.WARNING,
            "A data product's domain is one the workspace declares (once it declares domains)", null);

    public static final Rule DUPLICATE_PRODUCT = new Rule("mesh-duplicate-product", Severity.ERROR,
            "Each data product id is used by one file only (dependencies are resolved by id)", null);

    private static final List<Rule> ALL = List.of(OUTPUT_CONTRACT_MISSING, CONTRACT_OWNER_MISMATCH, DEPENDENCY_CYCLE,
            INPUT_PORT_UNRESOLVED, PII_UNCLASSIFIED, DEPRECATED_DEPENDENCY, CROSS_DOMAIN_DEPENDENCIES, UNKNOWN_TEAM,
            UNKNOWN_DOMAIN, DUPLICATE_PRODUCT);

    /** Rules of data product files beside the structural ones ({@code product-<suffix>} of the schema engine). */
    private static final List<String> PRODUCT_FILE_RULES = List.of(ProductSchemaChecker.RULE_DEPRECATED_VERSION,
            ProductSchemaChecker.RULE_VERSION_MISSING, ProductSchemaChecker.RULE_NO_OUTPUT_PORT,
            ProductSchemaChecker.RULE_DUPLICATE_PORT);

    private MeshRules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> rule(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Every mesh rule id and the data product file rules that are not structural. */
    public static Set<String> ids() {
        return Stream.concat(ALL.stream().map(Rule::id), PRODUCT_FILE_RULES.stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** The ids of the rules that take a {@code max:} threshold. */
    public static Set<String> withLimit() {
        return ALL.stream().filter(r -> r.defaultLimit() != null).map(Rule::id).collect(Collectors.toUnmodifiableSet());
    }
}
