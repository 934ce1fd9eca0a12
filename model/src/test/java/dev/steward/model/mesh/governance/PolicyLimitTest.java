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
    void everyMeshRuleIsCataloguedSoPoliciesNamingThemAreNotFlagged() {
        MeshRules.all().forEach(r -> assertTrue(RuleCatalog.contains(r.id()), r.id()));
        assertTrue(RuleCatalog.contains("product-unknown-key"));
        assertTrue(RuleCatalog.contains("product-version-missing"));
        assertEquals(List.of(), parse("policies:\n  - id: mesh-pii-unclassified\n    severity: off\n").problems());
    }
}
