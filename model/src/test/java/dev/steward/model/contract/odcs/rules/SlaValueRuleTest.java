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

class SlaValueRuleTest {

    private static List<Diagnostic> sla(String entries) {
        return of(SlaValueRule.RULE, odcs(ODCS_HEADER + "slaProperties:\n" + entries));
    }

    @Test
    void durationsPercentagesAndDatesInTheirUsualFormsAreFine() {
        assertEquals(List.of(), sla("""
                  - property: latency
                    value: 4
                    unit: d
                  - property: retention
                    value: P1Y
                  - property: frequency
                    value: 1
                    unit: days
                  - property: freshness
                    value: "500ms"
                  - property: timeToDetect
                    value: 2 hours
                  - property: ly
                    value: PT30M
                  - property: retention
                    value: unlimited
                  - property: frequency
                    value: Daily
                  - property: availability
                    value: 99.9
                    unit: percent
                  - property: availability
                    value: "99.5%"
                  - property: generalAvailability
                    value: "2022-05-12T09:30:10-08:00"
                  - property: endOfLife
                    value: 2042-05-12
                  - property: timeOfAvailability
                    value: 09:00-08:00
                """));
    }

    @Test
    void aDurationWithoutUnitIsAnError() {
        Diagnostic d = only(SlaValueRule.RULE, sla("""
                  - property: latency
                    value: 4
                """));
        assertEquals(Severity.ERROR, d.severity());
        assertTrue(d.message().contains("SLA 'latency': 4 has no unit"), d.message());
    }

    @Test
    void anUnknownUnitIsAnErrorWithAFixToTheCloseUnit() {
        String text = ODCS_HEADER + """
                slaProperties:
                  - property: retention
                    value: 3
                    unit: yeras
                """;
        Diagnostic d = only(SlaValueRule.RULE, odcs(text));
        assertEquals("yeras", underlined(text, d));
        assertTrue(d.message().contains("unknown unit 'yeras'") && d.message().contains("did you mean 'years'?"), d.message());
        assertEquals(List.of(), odcs(applyFirstFix(text, d)));
    }

    @Test
    void textThatIsNoDurationIsAnError() {
        Diagnostic d = only(SlaValueRule.RULE, sla("""
                  - property: frequency
                    value: daily-ish
                """));
        assertTrue(d.message().contains("'daily-ish' is not a duration"), d.message());
        Diagnostic unit = only(SlaValueRule.RULE, sla("""
                  - property: latency
                    value: 5 parsecs
                """));
        assertTrue(unit.message().contains("'parsecs' in '5 parsecs' is not a time unit"), unit.message());
    }

    @Test
    void availabilityMustBeAPercentage() {
        assertTrue(only(SlaValueRule.RULE, sla("""
                  - property: availability
                    value: 120
                """)).message().contains("120 is outside 0 to 100"));
        assertTrue(only(SlaValueRule.RULE, sla("""
                  - property: availability
                    value: high
                """)).message().contains("'high' is not a percentage"));
        assertTrue(only(SlaValueRule.RULE, sla("""
                  - property: availability
                    value: 99
                    unit: d
                """)).message().contains("unknown unit 'd'"));
    }

    @Test
    void aLifecycleDateThatIsNoDateIsAWarning() {
        Diagnostic d = only(SlaValueRule.RULE, sla("""
                  - property: endOfSupport
                    value: next spring
                """));
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().contains("'next spring' is not an ISO-8601 date"), d.message());
    }
}
