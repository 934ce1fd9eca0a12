package dev.steward.model.contract.odcs.rules;

import static dev.steward.model.contract.ContractFixtures.ODCS_HEADER;
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

class OwnerRuleTest {

    private static final String NO_TEAM = ODCS_HEADER.replace("team:\n  name: sales-data\n", "");

    @Test
    void aTeamWithANameOrTheOlderListOfMembersIsAnOwner() {
        assertEquals(List.of(), of(OwnerRule.RULE, odcs(ODCS_HEADER)));
        assertEquals(List.of(), of(OwnerRule.RULE, odcs(NO_TEAM + """
                team:
                  - username: mhopper
                    role: owner
                """)));
    }

    @Test
    void aContractWithoutTeamIsAWarningAtItsId() {
        Diagnostic d = only(OwnerRule.RULE, odcs(NO_TEAM));
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("id", underlined(NO_TEAM, d));
        assertTrue(d.message().startsWith("The contract has no owner: add a 'team'"), d.message());
    }

    @Test
    void aTeamThatNamesNobodyIsAWarning() {
        String text = NO_TEAM + """
                team:
                  description: to be decided
                """;
        Diagnostic d = only(OwnerRule.RULE, odcs(text));
        assertEquals("team", underlined(text, d));
    }
}
