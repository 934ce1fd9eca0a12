package dev.steward.model.contract.dcs.rules;

import dev.steward.model.contract.dcs.DcsContract;
import dev.steward.model.contract.semantic.Findings;
import dev.steward.model.contract.semantic.ServiceLevelValues;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlScalar;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * DCS {@code servicelevels} values must be readable by a machine: periods, thresholds and times
 * are durations ({@code 25h}, {@code 24 hours}, {@code P1Y}; intervals may also be words such as
 * {@code daily}), availability is a percentage between 0 and 100.
 */
final class ServiceLevelRule implements DcsRule {

    private enum Kind { DURATION, INTERVAL, PERCENTAGE }

    private record Slot(String level, String field, Kind kind) {
    }

    private static final List<Slot> SLOTS = List.of(
            new Slot("availability", "percentage", Kind.PERCENTAGE),
            new Slot("retention", "period", Kind.DURATION),
            new Slot("latency", "threshold", Kind.DURATION),
            new Slot("freshness", "threshold", Kind.DURATION),
            new Slot("frequency", "interval", Kind.INTERVAL),
            new Slot("support", "responseTime", Kind.DURATION),
            new Slot("backup", "interval", Kind.INTERVAL),
            new Slot("backup", "recoveryTime", Kind.DURATION),
            new Slot("backup", "recoveryPoint", Kind.DURATION));

    @Override
    public void check(DcsContract contract, ValidationContext context, Findings findings) {
        Optional<YamlMapping> levels = contract.root().mapping("servicelevels");
        if (levels.isEmpty()) {
            return;
        }
        for (Slot slot : SLOTS) {
            levels.get().mapping(slot.level()).flatMap(level -> level.get(slot.field()))
                    .filter(n -> n instanceof YamlScalar s && s.type() != YamlScalar.Type.NULL && !s.value().isBlank())
                    .map(YamlScalar.class::cast)
                    .ifPresent(value -> check(slot, value, findings));
        }
    }

    private static void check(Slot slot, YamlScalar value, Findings findings) {
        String where = "servicelevels." + slot.level() + "." + slot.field();
        String text = value.value().trim();
        Optional<ServiceLevelValues.Amount> amount = value.isNumber()
                ? value.asNumber().map(n -> new ServiceLevelValues.Amount(n, null)) : ServiceLevelValues.amount(text);
        if (slot.kind() == Kind.PERCENTAGE) {
            boolean percent = amount.filter(a -> a.unit() == null || ServiceLevelValues.isPercentUnit(a.unit()))
                    .filter(a -> a.number().signum() >= 0 && a.number().compareTo(BigDecimal.valueOf(100)) <= 0).isPresent();
            if (!percent) {
                findings.add(Severity.ERROR, DcsRules.SERVICE_LEVEL, value.range(), "'" + where + "' is '" + value.value()
                        + "', which is not a percentage between 0 and 100; write it like 99.9%");
            }
            return;
        }
        if (ServiceLevelValues.isIsoPeriod(text) || slot.kind() == Kind.INTERVAL
                && ServiceLevelValues.FREQUENCY_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
            return;
        }
        if (amount.isPresent() && amount.get().unit() != null && ServiceLevelValues.isTimeUnit(amount.get().unit())
                && amount.get().number().signum() >= 0) {
            return;
        }
        String hint = amount.isPresent() && amount.get().unit() == null
                ? " has no unit; write it with one, such as " + amount.get().number().toPlainString() + "h or "
                        + amount.get().number().toPlainString() + " days"
                : " is not a duration; write it like 25h, 24 hours or P1D";
        findings.add(Severity.ERROR, DcsRules.SERVICE_LEVEL, value.range(), "'" + where + "' ('" + value.value() + "')" + hint);
    }
}
