package dev.steward.model.validation;

import dev.steward.model.contract.dcs.rules.DcsRules;
import dev.steward.model.contract.odcs.rules.OdcsRules;
import dev.steward.model.baseline.BaselineRules;
import dev.steward.model.mesh.governance.MeshRules;
import dev.steward.model.mesh.schema.OdpsSchema;
import dev.steward.model.semantic.lint.SemanticRuleDescriptions;
import dev.steward.model.yaml.YamlParser;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every rule id Steward reports, so that a workspace policy naming a rule that does not exist
 * (a typo that would silently do nothing) is flagged. A test lints the corpus and the fixtures and
 * fails when a reported id is missing here.
 */
public final class RuleCatalog {

    /** Rules of the structural checkers, reported as {@code odcs-<suffix>} and {@code dcs-<suffix>}. */
    private static final List<String> STRUCTURAL = List.of("api-version", "deprecated", "enum", "list-size", "pattern",
            "quality-missing-field", "quality-operator-count", "relationship-from", "relationship-shape", "removed-key",
            "required-key", "server-missing-field", "type", "unique-items", "unknown-key", "version-construct");

    /** Rules of reading files and the parser, and the safety nets around validators. */
    private static final List<String> GENERAL = List.of(YamlParser.RULE_SYNTAX, YamlParser.RULE_TAB,
            YamlParser.RULE_DUPLICATE_KEY, YamlParser.RULE_TOO_LARGE, YamlParser.RULE_ALIAS_BOMB,
            YamlParser.RULE_TOO_DEEP, YamlParser.RULE_MULTI_DOC, "file-missing", "file-unreadable", "file-encoding",
            "policy-invalid", "policy-unknown-key", "policy-unknown-rule", "steward-rule-failure", "validator-failure");

    private static final Map<String, RuleDescription> DESCRIBED = described();
    private static final Set<String> IDS = build();

    private RuleCatalog() {
    }

    public static Set<String> ids() {
        return IDS;
    }

    public static boolean contains(String rule) {
        return IDS.contains(rule);
    }

    /** The rules that take a threshold ({@code max:} in the policy file). */
    public static Set<String> withLimit() {
        return MeshRules.withLimit();
    }

    /** Whether a policy may limit {@code rule} to some domains ({@code scope:}): rules about data products. */
    public static boolean scopable(String rule) {
        return rule.startsWith("mesh-") || rule.startsWith(OdpsSchema.RULE_PREFIX + "-");
    }

    /** What a rule checks and its default severity; present for the semantic-layer, seed, mesh and
     * breaking-change rules. */
    public static Optional<RuleDescription> describe(String rule) {
        return Optional.ofNullable(DESCRIBED.get(rule));
    }

    /** Every described rule, by id. */
    public static Collection<RuleDescription> descriptions() {
        return DESCRIBED.values();
    }

    private static Map<String, RuleDescription> described() {
        Map<String, RuleDescription> out = new TreeMap<>();
        SemanticRuleDescriptions.all().forEach(d -> out.put(d.id(), d));
        MeshRules.all().forEach(r -> out.put(r.id(), new RuleDescription(r.id(), r.severity(), r.description())));
        BaselineRules.all().forEach(d -> out.put(d.id(), d));
        return Collections.unmodifiableMap(out);
    }

    private static Set<String> build() {
        Set<String> ids = new TreeSet<>(GENERAL);
        STRUCTURAL.forEach(s -> {
            ids.add("odcs-" + s);
            ids.add("dcs-" + s);
            ids.add(OdpsSchema.RULE_PREFIX + "-" + s);
        });
        ids.addAll(MeshRules.ids());
        ids.addAll(OdcsRules.ids());
        ids.addAll(DcsRules.all().keySet());
        ids.addAll(DESCRIBED.keySet());
        return Set.copyOf(ids);
    }
}
