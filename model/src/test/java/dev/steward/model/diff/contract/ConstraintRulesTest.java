package dev.steward.model.diff.contract;

import static dev.steward.model.diff.contract.ContractDiffs.assertRule;
import static dev.steward.model.diff.contract.ContractDiffs.odcs;
import static dev.steward.model.diff.contract.ContractDiffs.single;
import static dev.steward.model.diff.contract.OdcsPropertyRulesTest.amount;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import org.junit.jupiter.api.Test;

/** Tightened constraints break, loosened ones are warnings; ODCS {@code logicalTypeOptions}. */
class ConstraintRulesTest {

    private static SemanticChange options(String before, String after) {
        return single(odcs(amount("logicalTypeOptions:", "  " + before), amount("logicalTypeOptions:", "  " + after)));
    }

    @Test
    void aLowerMaximumLengthTightensAHigherOneLoosens() {
        SemanticChange tighter = options("maxLength: 20", "maxLength: 10");
        assertRule(tighter, "constraint-tightened", ChangeSeverity.BREAKING);
        assertEquals("schema.orders.properties.amount.logicalTypeOptions.maxLength", tighter.element());
        assertEquals("property `orders.amount` logicalTypeOptions.maxLength 20 → 10 (tightened)", tighter.message());
        assertRule(options("maxLength: 10", "maxLength: 20"), "constraint-loosened", ChangeSeverity.WARNING);
    }

    @Test
    void aHigherMinimumTightensALowerOneLoosens() {
        assertRule(options("minimum: 0", "minimum: 1"), "constraint-tightened", ChangeSeverity.BREAKING);
        assertRule(options("minimum: 1", "minimum: 0.5"), "constraint-loosened", ChangeSeverity.WARNING);
        assertRule(options("exclusiveMaximum: 100", "exclusiveMaximum: 99"), "constraint-tightened", ChangeSeverity.BREAKING);
        assertRule(options("minItems: 1", "minItems: 0"), "constraint-loosened", ChangeSeverity.WARNING);
    }

    @Test
    void dateBoundsCompareAsDates() {
        assertRule(options("minimum: '2020-01-01'", "minimum: '2021-01-01'"), "constraint-tightened", ChangeSeverity.BREAKING);
        assertRule(options("maximum: '2030-01-01'", "maximum: '2031-06-30'"), "constraint-loosened", ChangeSeverity.WARNING);
    }

    @Test
    void aBoundWithoutKnownDirectionIsAWarning() {
        assertRule(options("multipleOf: 2", "multipleOf: 3"), "constraint-changed", ChangeSeverity.WARNING);
        assertRule(options("minimum: low", "minimum: high"), "constraint-changed", ChangeSeverity.WARNING);
    }

    @Test
    void aChangedPatternOrFormatBreaks() {
        assertRule(options("pattern: '^[a-z]+$'", "pattern: '^[a-z]{2}$'"), "pattern-changed", ChangeSeverity.BREAKING);
        assertRule(options("format: email", "format: uri"), "format-changed", ChangeSeverity.BREAKING);
    }

    @Test
    void aConstraintAddedTightensOneRemovedLoosens() {
        assertRule(single(odcs(amount(), amount("logicalTypeOptions:", "  maxLength: 10"))), "constraint-tightened",
                ChangeSeverity.BREAKING);
        assertRule(single(odcs(amount("logicalTypeOptions:", "  maxLength: 10"), amount())), "constraint-loosened",
                ChangeSeverity.WARNING);
        assertRule(options("maxLength: 10", "uniqueItems: false\n          maxLength: 10"), "explicit-default", ChangeSeverity.INFO);
    }

    @Test
    void uniqueItemsAndObjectRequiredListsTighten() {
        assertRule(options("uniqueItems: false", "uniqueItems: true"), "constraint-tightened", ChangeSeverity.BREAKING);
        assertRule(options("required: [a]", "required: [a, b]"), "constraint-tightened", ChangeSeverity.BREAKING);
        assertRule(options("required: [a, b]", "required: [a]"), "constraint-loosened", ChangeSeverity.WARNING);
    }
}
