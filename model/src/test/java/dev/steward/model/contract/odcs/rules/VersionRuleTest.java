package dev.steward.model.contract.odcs.rules;

import static dev.steward.model.contract.ContractFixtures.ODCS_HEADER;
import static dev.steward.model.contract.ContractFixtures.applyFirstFix;
import static dev.steward.model.contract.ContractFixtures.odcs;
import static dev.steward.model.contract.ContractFixtures.of;
import static dev.steward.model.contract.ContractFixtures.only;
import static dev.steward.model.contract.ContractFixtures.underlined;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionRuleTest {

    @Test
    void semanticVersionsWithPreReleaseAndBuildAreFine() {
        assertEquals(List.of(), of(VersionRule.RULE, odcs(ODCS_HEADER)));
        assertEquals(List.of(), of(VersionRule.RULE, odcs(ODCS_HEADER.replace("version: 1.2.0", "version: 2.0.0-rc.1+build.7"))));
    }

    @Test
    void aTwoPartVersionIsAWarningFixedToThreeParts() {
        String text = ODCS_HEADER.replace("version: 1.2.0", "version: 1.0");
        Diagnostic d = only(VersionRule.RULE, odcs(text));
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("1.0", underlined(text, d));
        assertTrue(d.message().startsWith("'version' is '1.0', which is not a semantic version"), d.message());
        assertEquals("Change to 1.0.0", d.fixes().getFirst().title());
        String fixed = applyFirstFix(text, d);
        assertTrue(fixed.contains("version: 1.0.0\n"));
        assertEquals(List.of(), odcs(fixed));
    }

    @Test
    void aQuotedVersionKeepsItsQuotesAndALeadingVIsDropped() {
        String text = ODCS_HEADER.replace("version: 1.2.0", "version: \"v2.1.3\"");
        String fixed = applyFirstFix(text, only(VersionRule.RULE, odcs(text)));
        assertTrue(fixed.contains("version: \"2.1.3\"\n"), fixed);
    }

    @Test
    void aVersionWithNoObviousRepairHasNoFix() {
        Diagnostic d = only(VersionRule.RULE, odcs(ODCS_HEADER.replace("version: 1.2.0", "version: latest")));
        assertEquals(List.of(), d.fixes());
    }
}
