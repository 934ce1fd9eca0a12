package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricInput;
import dev.steward.model.semantic.MetricParams;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DSI MeasureConstraintAliasesRule, for the measure inputs a metric names itself: one measure used
 * twice with different filters needs an alias on each use; an alias is not a measure's name and
 * is used by one metric only; the same measure twice with the same filter is a warning.
 */
final class MeasureAliasesRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-measure-alias";
    }

    @Override
    public String checking() {
        return "measure input aliases";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        Map<String, String> aliasOwners = new HashMap<>();
        for (Metric metric : index.project().metrics()) {
            List<MetricInput> inputs = measureInputs(metric);
            String what = "Metric '" + metric.name() + "'";
            for (int i = 0; i < inputs.size(); i++) {
                MetricInput a = inputs.get(i);
                for (MetricInput b : inputs.subList(i + 1, inputs.size())) {
                    if (!a.name().equals(b.name())) {
                        continue;
                    }
                    if (a.filters().equals(b.filters()) && a.alias().equals(b.alias())) {
                        findings.warning(metric, b.range(), what + " uses measure '" + b.name()
                                + "' twice with the same filter; the second use adds nothing.");
                    } else if (a.alias().isEmpty() || b.alias().isEmpty()) {
                        findings.error(metric, b.range(), what + " uses measure '" + b.name() + "' twice with"
                                + " different filters; give each use an 'alias'.");
                    }
                }
                if (a.alias().isEmpty()) {
                    continue;
                }
                String alias = a.alias().get();
                if (index.project().measure(alias).isPresent()) {
                    findings.error(metric, a.range(), what + " aliases measure '" + a.name() + "' as '" + alias
                            + "', which is the name of another measure; choose an alias no measure has.");
                }
                String owner = aliasOwners.putIfAbsent(alias, metric.name());
                if (owner != null && !owner.equals(metric.name())) {
                    findings.error(metric, a.range(), what + " uses the measure alias '" + alias + "', which metric '"
                            + owner + "' already uses; an alias belongs to one metric.");
                }
            }
        }
    }

    private static List<MetricInput> measureInputs(Metric metric) {
        List<Optional<MetricInput>> out = new ArrayList<>();
        switch (metric.params()) {
            case MetricParams.Simple s -> out.add(s.measure());
            case MetricParams.Cumulative c -> out.add(c.measure());
            case MetricParams.Conversion c -> {
                out.add(c.baseMeasure());
                out.add(c.conversionMeasure());
            }
            default -> {
            }
        }
        return out.stream().flatMap(Optional::stream).toList();
    }
}
