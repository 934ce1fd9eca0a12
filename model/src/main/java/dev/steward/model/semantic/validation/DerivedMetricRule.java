package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricInput;
import dev.steward.model.semantic.MetricParams;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DSI DerivedMetricRule (input existence is {@link MetricInputsExistRule}'s): a derived metric has
 * inputs and an {@code expr} using each of them, unique input names, and per input at most one of
 * {@code offset_window} (a window of a known grain) and {@code offset_to_grain} (a standard grain).
 */
final class DerivedMetricRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-derived-metric";
    }

    @Override
    public String checking() {
        return "derived metrics";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        Set<String> custom = index.customGrains();
        for (Metric metric : index.project().metrics()) {
            if (!(metric.params() instanceof MetricParams.Derived d)) {
                continue;
            }
            String what = "Derived metric '" + metric.name() + "'";
            if (d.inputs().isEmpty()) {
                findings.error(metric, metric.range(), what + " lists no input metrics; add them under 'metrics:'.");
            }
            if (d.expr().isEmpty()) {
                findings.warning(metric, metric.range(), what + " has no 'expr'; write the expression that combines its inputs.");
            }
            Set<String> names = new HashSet<>();
            for (MetricInput i : d.inputs()) {
                if (!names.add(i.effectiveName())) {
                    findings.error(metric, i.range(), what + " uses the input name '" + i.effectiveName()
                            + "' twice; give one of them a distinct 'alias'.");
                }
                if (i.offsetWindow().isPresent() && i.offsetToGrain().isPresent()) {
                    findings.error(metric, i.range(), what + " sets both offset_window and offset_to_grain on input '"
                            + i.name() + "'; set one or the other.");
                }
                i.offsetWindow().filter(w -> !Grains.isValidWindow(w, custom)).ifPresent(w -> findings.error(metric,
                        i.range(), what + " has offset_window '" + w + "' on input '" + i.name() + "'; "
                                + Grains.windowSyntax(custom) + "."));
                i.offsetToGrain().filter(g -> !Grains.isStandard(g)).ifPresent(g -> findings.error(metric, i.range(),
                        what + " has offset_to_grain '" + g + "' on input '" + i.name() + "'; allowed: "
                                + Grains.standardList() + "."));
                d.expr().filter(e -> !Pattern.compile("\\b" + Pattern.quote(i.effectiveName()) + "\\b").matcher(e).find())
                        .ifPresent(e -> findings.warning(metric, i.range(), what + " does not use its input '"
                                + i.effectiveName() + "' in its expr '" + e + "'; use it or remove it."));
            }
        }
    }
}
