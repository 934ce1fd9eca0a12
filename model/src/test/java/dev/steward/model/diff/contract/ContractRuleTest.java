package dev.steward.model.diff.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diff.ChangeSeverity;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContractRuleTest {

    @Test
    void ruleIdsAreUniqueKebabCaseAndFoundById() {
        assertEquals(ContractRule.values().length, Arrays.stream(ContractRule.values()).map(ContractRule::id).distinct().count());
        for (ContractRule rule : ContractRule.values()) {
            assertTrue(rule.id().matches("[a-z]+(-[a-z]+)*"), rule.id());
            assertEquals(Optional.of(rule), ContractRule.byId(rule.id()));
            assertTrue(!rule.covers().isBlank(), rule.id());
        }
        assertEquals(Optional.empty(), ContractRule.byId("no-such-rule"));
    }

    @Test
    void theIssuesHeadlineRulesHaveTheIssuesSeverities() {
        for (ContractRule breaking : new ContractRule[] {ContractRule.PROPERTY_REMOVED, ContractRule.SCHEMA_OBJECT_REMOVED,
                ContractRule.PROPERTY_TYPE_CHANGED, ContractRule.REQUIRED_ADDED, ContractRule.UNIQUE_ADDED,
                ContractRule.ENUM_VALUE_REMOVED, ContractRule.CONSTRAINT_TIGHTENED, ContractRule.CLASSIFICATION_REMOVED,
                ContractRule.CLASSIFICATION_CHANGED, ContractRule.PRIMARY_KEY_CHANGED}) {
            assertEquals(ChangeSeverity.BREAKING, breaking.severity(), breaking.id());
        }
        assertEquals(ChangeSeverity.WARNING, ContractRule.CONSTRAINT_LOOSENED.severity());
        assertEquals(ChangeSeverity.WARNING, ContractRule.RELATIONSHIP_CHANGED.severity());
        for (ContractRule info : new ContractRule[] {ContractRule.DESCRIPTION_CHANGED, ContractRule.TAGS_CHANGED,
                ContractRule.PROPERTY_ADDED, ContractRule.QUALITY_RULE_ADDED}) {
            assertEquals(ChangeSeverity.INFO, info.severity(), info.id());
        }
    }
}
