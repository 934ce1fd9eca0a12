package dev.steward.model.contract.odcs.rules;

import dev.steward.model.contract.odcs.OdcsContract;
import dev.steward.model.contract.semantic.Findings;
import dev.steward.model.contract.semantic.ScalarText;
import dev.steward.model.contract.semantic.ServiceLevelValues;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.text.ClosestMatch;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SLA values of the well-known Data QoS properties must be readable by a machine: durations
 * (latency, retention, frequency, freshness, timeTo*) are a number with a time unit or an
 * ISO-8601 period (also "unlimited" retention and "daily"-style frequencies); availability is a percentage between 0 and 100 (errors: tools compute with
 * them); generalAvailability, endOfSupport and endOfLife should be ISO-8601 dates (warnings).
 * Other properties are free-form and not checked.
 */
public final class SlaValueRule implements OdcsRule {

    public static final String RULE = "odcs-sla-value";

    private static final Set<String> UNLIMITED = Set.of("unlimited", "infinite", "forever");

    /** What kind of value an SLA property takes. */
    private enum Kind { DURATION, PERCENTAGE, DATE, OTHER }

    /** The Data QoS properties, lower case, with their two-letter synonyms. */
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("latency", Kind.DURATION), Map.entry("ly", Kind.DURATION),
            Map.entry("retention", Kind.DURATION), Map.entry("re", Kind.DURATION),
            Map.entry("frequency", Kind.DURATION), Map.entry("fy", Kind.DURATION),
            Map.entry("freshness", Kind.DURATION),
            Map.entry("timetodetect", Kind.DURATION), Map.entry("td", Kind.DURATION),
            Map.entry("timetonotify", Kind.DURATION), Map.entry("tn", Kind.DURATION),
            Map.entry("timetorepair", Kind.DURATION), Map.entry("tr", Kind.DURATION),
            Map.entry("availability", Kind.PERCENTAGE), Map.entry("av", Kind.PERCENTAGE),
            Map.entry("generalavailability", Kind.DATE), Map.entry("ga", Kind.DATE),
            Map.entry("endofsupport", Kind.DATE), Map.entry("es", Kind.DATE),
            Map.entry("endoflife", Kind.DATE), Map.entry("el", Kind.DATE));
    private static final String UNIT_HINT = "d, h, m, s, ms, w, mo or y (or the words: days, hours...)";

    @Override
    public void check(OdcsContract contract, ValidationContext context, Findings findings) {
        for (YamlNode item : contract.root().sequence("slaProperties").map(s -> s.items()).orElse(List.of())) {
            if (!(item instanceof YamlMapping sla)) {
                continue;
            }
            String property = sla.text("property").orElse(null);
            YamlScalar value = OdcsContract.text(sla, "value");
            if (property == null || value == null) {
                continue;
            }
            YamlScalar unit = OdcsContract.text(sla, "unit");
            switch (KINDS.getOrDefault(property.toLowerCase(Locale.ROOT), Kind.OTHER)) {
                case DURATION -> checkDuration(contract, property, value, unit, findings);
                case PERCENTAGE -> checkPercentage(contract, property, value, unit, findings);
                case DATE -> checkDate(property, value, findings);
                case OTHER -> { }
            }
        }
    }

    private static void checkDuration(OdcsContract contract, String property, YamlScalar value, YamlScalar unit, Findings findings) {
        String text = value.value().trim();
        String word = text.toLowerCase(Locale.ROOT);
        if (!value.isNumber() && (ServiceLevelValues.isIsoPeriod(text)
                || property.equalsIgnoreCase("retention") && UNLIMITED.contains(word)
                || property.equalsIgnoreCase("frequency") && ServiceLevelValues.FREQUENCY_WORDS.contains(word))) {
            return;
        }
        Optional<ServiceLevelValues.Amount> amount = value.isNumber()
                ? value.asNumber().map(n -> new ServiceLevelValues.Amount(n, null)) : ServiceLevelValues.amount(text);
        if (amount.isEmpty()) {
            findings.add(Severity.ERROR, RULE, value.range(), "SLA '" + property + "': '" + value.value()
                    + "' is not a duration; write a number with a unit (value: 4, unit: d) or an ISO-8601 period such as P4D");
            return;
        }
        if (amount.get().number().signum() < 0) {
            findings.add(Severity.ERROR, RULE, value.range(), "SLA '" + property + "': a duration cannot be negative ("
                    + value.value() + ")");
            return;
        }
        if (amount.get().unit() != null) {
            if (!ServiceLevelValues.isTimeUnit(amount.get().unit())) {
                findings.add(Severity.ERROR, RULE, value.range(), "SLA '" + property + "': '" + amount.get().unit()
                        + "' in '" + value.value() + "' is not a time unit; use " + UNIT_HINT);
            }
            return;
        }
        if (unit == null) {
            findings.add(Severity.ERROR, RULE, value.range(), "SLA '" + property + "': " + value.value()
                    + " has no unit, so nobody can tell 4 hours from 4 days; add 'unit:' with " + UNIT_HINT);
        } else if (!ServiceLevelValues.isTimeUnit(unit.value())) {
            reportUnit(contract, property, unit, ServiceLevelValues.TIME_UNITS, UNIT_HINT, findings);
        }
    }

    private static void checkPercentage(OdcsContract contract, String property, YamlScalar value, YamlScalar unit, Findings findings) {
        Optional<ServiceLevelValues.Amount> amount = value.isNumber()
                ? value.asNumber().map(n -> new ServiceLevelValues.Amount(n, null)) : ServiceLevelValues.amount(value.value());
        if (amount.isEmpty() || amount.get().unit() != null && !ServiceLevelValues.isPercentUnit(amount.get().unit())) {
            findings.add(Severity.ERROR, RULE, value.range(), "SLA '" + property + "': '" + value.value()
                    + "' is not a percentage; write a number between 0 and 100, such as 99.9 or \"99.9%\"");
            return;
        }
        BigDecimal n = amount.get().number();
        if (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(100)) > 0) {
            findings.add(Severity.ERROR, RULE, value.range(), "SLA '" + property + "': " + value.value()
                    + " is outside 0 to 100; availability is a percentage");
            return;
        }
        if (unit != null && !ServiceLevelValues.isPercentUnit(unit.value())) {
            reportUnit(contract, property, unit, ServiceLevelValues.PERCENT_UNITS, "'%' or 'percent'", findings);
        }
    }

    private static void checkDate(String property, YamlScalar value, Findings findings) {
        if (!ServiceLevelValues.isDate(value.value())) {
            // a warning only: tools do not compute with these dates, and text such as "Available 24/7" is common
            findings.add(Severity.WARNING, RULE, value.range(), "SLA '" + property + "': '" + value.value()
                    + "' is not an ISO-8601 date, which this property expects; write it as 2026-05-12 or 2026-05-12T09:30:00Z");
        }
    }

    private static void reportUnit(OdcsContract contract, String property, YamlScalar unit, Set<String> known,
                                   String allowed, Findings findings) {
        String suggestion = ClosestMatch.closest(unit.value().toLowerCase(Locale.ROOT), known).orElse(null);
        String message = "SLA '" + property + "': unknown unit '" + unit.value() + "'; use " + allowed
                + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)");
        findings.add(Severity.ERROR, RULE, unit.range(), message,
                ScalarText.changeTo(contract.document(), unit, 0, unit.value().length(), suggestion));
    }
}
