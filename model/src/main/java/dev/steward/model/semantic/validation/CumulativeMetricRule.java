package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricParams;
import java.util.Locale;
import java.util.Set;

/**
 * DSI CumulativeMetricRule: not both {@code window} and {@code grain_to_date}; the window is
 * {@code <count> <standard grain>} and grain_to_date a standard grain; period_agg is first, last or
 * average; an input measure or metric,
 * not both.
 */
final class CumulativeMetricRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-cumulative-window";
    }

    @Override
    public String checking() {
        return "cumulative metrics";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        for (Metric metric : index.project().metrics()) {
            if (!(metric.params() instanceof MetricParams.Cumulative c)) {
                continue;
            }
            String what = "Cumulative metric '" + metric.name() + "'";
            if (c.window().isPresent() && c.grainToDate().isPresent()) {
                findings.error(metric, metric.range(), what + " sets both window and grain_to_date; set one or the other"
                        + " (neither means all time).");
            }
            c.window().filter(w -> !Grains.isValidWindow(w, Set.of())).ifPresent(w -> findings.error(metric,
                    metric.range(), what + " has window '" + w + "'; " + Grains.windowSyntax(Set.of()) + "."));
            c.grainToDate().filter(g -> !Grains.isStandard(g)).ifPresent(g -> findings.error(metric, metric.range(),
                    what + " has grain_to_date '" + g + "'; allowed: " + Grains.standardList() + "."));
            c.periodAgg().filter(a -> !Set.of("first", "last", "average").contains(a.toLowerCase(Locale.ROOT)))
                    .ifPresent(a -> findings.error(metric, metric.range(), what + " has period_agg '" + a
                            + "'; allowed: first, last, average."));
            if (c.measure().isPresent() && c.metric().isPresent()) {
                findings.warning(metric, metric.range(), what + " has both a measure and a metric as input; the measure"
                        + " is ignored, remove it.");
            } else if (c.measure().isEmpty() && c.metric().isEmpty()) {
                findings.error(metric, metric.range(), what + " has no input; set 'measure' (legacy spec) or 'metric'.");
            }
        }
    }
}
