package dev.steward.model.mesh.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.RuleCatalog;
import dev.steward.model.validation.RuleLevel;
import dev.steward.model.workspace.PolicyFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code max:} threshold of a policy item, and the mesh rules in the catalog the policy file checks against. */
class PolicyLimitTest {

    private static PolicyFile.Loaded parse(String text) {
        return PolicyFile.parse(Path.of(PolicyFile.FILE_NAME), text);
    }

    @Test
    void aThresholdIsReadWithOrWithoutSeverity() {
        PolicyFile.Loaded withSeverity = parse("""
                policies:
                  - id: mesh-cross-domain-dependencies
                    severity: error
                    max: 2
                """);
        assertEquals(List.of(), withSeverity.problems());
        assertEquals(Optional.of(2), withSeverity.policy().limitOf("mesh-cross-domain-dependencies"));
        assertEquals(Optional.of(RuleLevel.ERROR), withSeverity.policy().levelOf("mesh-cross-domain-dependencies"));
        PolicyFile.Loaded alone = parse("policies:\n  - id: mesh-cross-domain-dependencies\n    max: 0\n");
        assertEquals(List.of(), alone.problems());
        assertEquals(Optional.of(0), alone.policy().limitOf("mesh-cross-domain-dependencies"));
        assertEquals(Optional.empty(), alone.policy().levelOf("mesh-cross-domain-dependencies"));
    }

    @Test
    void aThresholdThatIsNoWholeNumberIsAnError() {
        Diagnostic d = parse("policies:\n  - id: mesh-cross-domain-dependencies\n    max: two\n").problems().getFirst();
        assertEquals(PolicyFile.RULE_INVALID, d.rule());
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(3, d.line());
        assertEquals("'max' of policy 'mesh-cross-domain-dependencies' must be a whole number from 0 to 10000; found two",
                d.message());
    }

    @Test
    void aThresholdOnARuleWithoutOneChangesNothingAndSaysSo() {
        PolicyFile.Loaded loaded = parse("policies:\n  - id: mesh-dependency-cycle\n    severity: warning\n    max: 2\n");
        Diagnostic d = loaded.problems().getFirst();
        assertEquals(PolicyFile.RULE_UNKNOWN_KEY, d.rule());
        assertTrue(d.message().contains("'mesh-dependency-cycle' has none"), d.message());
        assertEquals(Optional.empty(), loaded.policy().limitOf("mesh-dependency-cycle"));
    }

    @Test
    void aScopeIsADomainOrAListOfDomainsForProductAndMeshRulesOnly() {
        PolicyFile.Loaded loaded = parse("""
                policies:
                  - id: mesh-pii-unclassified
                    severity: error
                    scope: [Sales, finance]
                  - id: product-unknown-key
                    scope: customer
                  - id: odcs-pii-unclassified
                    severity: error
                    scope: sales
                  - id: mesh-dependency-cycle
                    scope: {domain: sales}
                """);
        assertEquals(Set.of("sales", "finance"), loaded.policy().optionsOf("mesh-pii-unclassified").scope());
        assertEquals(Set.of("customer"), loaded.policy().optionsOf("product-unknown-key").scope());
        assertEquals(Set.of(), loaded.policy().optionsOf("odcs-pii-unclassified").scope());
        List<Diagnostic> problems = loaded.problems();
        assertEquals(List.of(PolicyFile.RULE_UNKNOWN_KEY, PolicyFile.RULE_INVALID),
                problems.stream().map(Diagnostic::rule).toList(), problems.toString());
        assertTrue(problems.getFirst().message().contains("'scope' applies to data product and mesh rules"));
        assertTrue(problems.get(1).message().contains("must be a domain id or a list of them"));
    }

    @Test
    void optionsOfAnUnknownRuleAreFlaggedAsAnUnknownRule() {
        List<Diagnostic> problems = parse("policies:\n  - id: mesh-cross-domain-dependency\n    max: 1\n").problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(PolicyFile.RULE_UNKNOWN_RULE, problems.getFirst().rule());
        assertTrue(problems.getFirst().message().contains("did you mean 'mesh-cross-domain-dependencies'"));
    }

    @Test
    void everyMeshRuleIsCataloguedSoPoliciesNamingThemAreNotFlagged() {
        MeshRules.all().forEach(r -> assertTrue(RuleCatalog.contains(r.id()), r.id()));
        assertTrue(RuleCatalog.contains("product-unknown-key"));
        assertTrue(RuleCatalog.contains("product-version-missing"));
        assertEquals(List.of(), parse("policies:\n  - id: mesh-pii-unclassified\n    severity: off\n").problems());
    }
}
