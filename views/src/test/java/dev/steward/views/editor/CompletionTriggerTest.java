package dev.steward.views.editor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompletionTriggerTest {
    @Test
    void opensOnAKeyPrefixAtLineStart() {
        assertTrue(CompletionTrigger.opensOn("  na"));
        assertTrue(CompletionTrigger.opensOn("- ty"));
        assertTrue(CompletionTrigger.opensOn("s"));
    }

    @Test
    void opensAfterKeyColonSpace() {
        assertTrue(CompletionTrigger.opensOn("  status: "));
        assertTrue(CompletionTrigger.opensOn("- logicalType: "));
    }

    @Test
    void opensOnANameInsideAMetricFlowObject() {
        assertTrue(CompletionTrigger.opensOn("    filter: \"{{ Dimension('"));
        assertTrue(CompletionTrigger.opensOn("      {{ TimeDimension('order__or"));
        assertTrue(CompletionTrigger.opensOn("  - \"Entity(\"cu"));
        assertFalse(CompletionTrigger.opensOn("    filter: \"{{ Dimension('customer__region') }} = 'E"));
        assertFalse(CompletionTrigger.opensOn("    expr: MyDimension('x"));
    }

    @Test
    void staysClosedInValuesCommentsAndEmptyLines() {
        assertFalse(CompletionTrigger.opensOn("  name: ord"));
        assertFalse(CompletionTrigger.opensOn("  # co"));
        assertFalse(CompletionTrigger.opensOn("   "));
        assertFalse(CompletionTrigger.opensOn("  status:  "));
        assertFalse(CompletionTrigger.opensOn("  some words"));
    }
}
