package dev.steward.model.semantic.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SemanticNamesTest {

    @Test
    void acceptsSnakeCaseNames() {
        assertTrue(SemanticNames.valid("order_total"));
        assertTrue(SemanticNames.valid("v2"));
        assertEquals(Optional.empty(), SemanticNames.problem("customer_id"));
    }

    @Test
    void rejectsEachBrokenRuleWithItsReason() {
        assertEquals(Optional.of("'order__total' contains a double underscore, which separates entity, element and grain"),
                SemanticNames.problem("order__total"));
        assertTrue(SemanticNames.problem("Order").orElseThrow().contains("lower-case letter"));
        assertTrue(SemanticNames.problem("total_").orElseThrow().contains("not end with _"));
        assertTrue(SemanticNames.problem("1st").isPresent());
        assertTrue(SemanticNames.problem("a").isPresent());
        assertTrue(SemanticNames.problem("order-total").isPresent());
        assertEquals(Optional.of("the name is empty"), SemanticNames.problem(""));
    }

    @Test
    void reservedNamesAreValidReferencesButNotDefinitions() {
        assertTrue(SemanticNames.valid("metric_time"));
        assertEquals(Optional.of("'metric_time' is reserved by MetricFlow"), SemanticNames.definitionProblem("metric_time"));
        assertEquals(Optional.of("'mf_internal_uuid' is reserved by MetricFlow"),
                SemanticNames.definitionProblem("mf_internal_uuid"));
        assertFalse(SemanticNames.definitionProblem("orders").isPresent());
    }

    @Test
    void grainsAndDatePartsAreReadCaseInsensitively() {
        assertEquals(Optional.of(TimeGranularity.QUARTER), TimeGranularity.parse("QUARTER"));
        assertEquals(Optional.empty(), TimeGranularity.parse("fiscal_quarter"));
        assertEquals(Optional.of(DatePart.DOW), DatePart.parse("dow"));
        assertEquals(Optional.empty(), DatePart.parse("hour"));
        assertEquals(Optional.empty(), DatePart.parse("week"));
        assertEquals("year, quarter, month, day, dow, doy", DatePart.allowed());
        assertEquals("nanosecond, microsecond, millisecond, second, minute, hour, day, week, month, quarter, year",
                TimeGranularity.allowed());
    }
}
