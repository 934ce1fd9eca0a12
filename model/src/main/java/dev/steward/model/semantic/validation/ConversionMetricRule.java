package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Aggregation;
import dev.steward.model.semantic.ConstantProperty;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricInput;
import dev.steward.model.semantic.MetricParams;
import dev.steward.model.semantic.SemanticModel;
import java.util.Optional;
import java.util.Set;

/**
 * DSI ConversionMetricRule, applied to measure inputs as well as metric inputs (DSI checks only the
 * latter): a base and a conversion input, each a simple aggregation (COUNT, COUNT_DISTINCT or
 * SUM of 1) whose model has the conversion entity and the constant properties; a valid window.
 * Unknown inputs are left to the unknown-measure / unknown-metric rules.
 */
final class ConversionMetricRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-conversion-metric";
    }

    @Override
    public String checking() {
        return "conversion metrics";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        for (Metric metric : index.project().metrics()) {
            if (!(metric.params() instanceof MetricParams.Conversion c)) {
                continue;
            }
            String what = "Conversion metric '" + metric.name() + "'";
            Optional<Aggregated> base = side(index, findings, metric, "base", c.baseMeasure(), c.baseMetric());
            Optional<Aggregated> conversion = side(index, findings, metric, "conversion", c.conversionMeasure(),
                    c.conversionMetric());
            if (c.entity().isEmpty()) {
                findings.error(metric, metric.range(), what + " has no 'entity'; name the entity that links base and"
                        + " conversion events.");
            } else {
                entity(findings, metric, c.entity().get(), base);
                entity(findings, metric, c.entity().get(), conversion);
            }
            for (ConstantProperty p : c.constantProperties()) {
                property(findings, metric, p, p.baseProperty(), base);
                property(findings, metric, p, p.conversionProperty(), conversion);
            }
            c.conversionMetric().or(c::conversionMeasure).filter(i -> !i.filters().isEmpty()).ifPresent(i ->
                    findings.warning(metric, i.range(), what + " filters its conversion input '" + i.name() + "'; the"
                            + " filter is applied after the conversion window, which rarely gives what is meant."
                            + " Filter the base input or use constant_properties instead."));
            Set<String> custom = index.customGrains();
            c.window().filter(w -> !Grains.isValidWindow(w, custom)).ifPresent(w -> findings.error(metric,
                    metric.range(), what + " has window '" + w + "'; " + Grains.windowSyntax(custom) + "."));
        }
    }

    private static Optional<Aggregated> side(SemanticIndex index, Findings findings, Metric metric, String role,
                                             Optional<MetricInput> measure, Optional<MetricInput> input) {
        String what = "Conversion metric '" + metric.name() + "'";
        if (measure.isEmpty() && input.isEmpty()) {
            findings.error(metric, metric.range(), what + " has no " + role + " input; set '" + role + "_measure'"
                    + " (legacy spec) or '" + role + "_metric'.");
            return Optional.empty();
        }
        if (measure.isPresent() && input.isPresent()) {
            findings.warning(metric, measure.get().range(), what + " has both a " + role + " measure and a " + role
                    + " metric; the measure is ignored, remove it.");
        }
        MetricInput used = input.or(() -> measure).get();
        Optional<Aggregated> agg = input.isPresent() ? index.aggregationOfMetric(used.name())
                : index.aggregationOfMeasure(used.name());
        if (input.isPresent() && index.metricExists(used.name()) && agg.isEmpty()) {
            findings.error(metric, used.range(), what + " uses '" + used.name() + "' as " + role + " input, which is"
                    + " not a simple metric; conversion inputs must be simple metrics.");
        }
        agg.filter(a -> !countLike(a)).ifPresent(a -> findings.error(metric, used.range(), what + " uses '"
                + used.name() + "' (agg " + a.agg() + ") as " + role + " input; allowed aggregations: count,"
                + " count_distinct, or sum with expr 1."));
        return agg;
    }

    private static boolean countLike(Aggregated a) {
        Aggregation agg = a.aggregation().orElse(null);
        return agg == Aggregation.COUNT || agg == Aggregation.COUNT_DISTINCT
                || agg == Aggregation.SUM && a.expr().map(String::strip).filter("1"::equals).isPresent();
    }

    private static void entity(Findings findings, Metric metric, String entity, Optional<Aggregated> input) {
        input.flatMap(Aggregated::model).filter(m -> m.entity(entity).isEmpty()).ifPresent(m -> findings.error(metric,
                metric.range(), "Conversion metric '" + metric.name() + "' links by entity '" + entity
                        + "', which semantic model '" + m.name() + "' (of input '" + input.get().name()
                        + "') does not have; name an entity both inputs' models have."));
    }

    private static void property(Findings findings, Metric metric, ConstantProperty p, String name,
                                 Optional<Aggregated> input) {
        input.flatMap(Aggregated::model).filter(m -> !hasElement(m, name)).ifPresent(m -> findings.error(metric,
                p.range(), "Conversion metric '" + metric.name() + "' has constant property '" + name
                        + "', which is neither a dimension nor an entity of semantic model '" + m.name() + "'."));
    }

    private static boolean hasElement(SemanticModel m, String name) {
        return m.dimension(name).isPresent() || m.entity(name).isPresent();
    }
}
