package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Aggregation;
import java.util.Locale;

/**
 * DSI CountAggregationExprRule (and its simple-metric twin): {@code agg: count} needs an
 * {@code expr}, and that expr may not be {@code distinct x} (use {@code count_distinct}). DSI misses
 * the second when the count is rewritten to a sum first; this rule does not.
 */
final class CountExprRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-count-expr";
    }

    @Override
    public String checking() {
        return "count aggregations";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        for (Aggregated a : index.aggregations()) {
            if (a.aggregation().orElse(null) != Aggregation.COUNT) {
                continue;
            }
            if (a.expr().isEmpty() || a.expr().get().isBlank()) {
                findings.error(a.owner(), a.range(), a.kind() + " '" + a.name()
                        + "' uses a COUNT aggregation, which requires an expr; use 'expr: 1' to count all rows.");
            } else if (a.expr().get().strip().toLowerCase(Locale.ROOT).startsWith("distinct ")) {
                findings.error(a.owner(), a.range(), a.kind() + " '" + a.name() + "' counts 'distinct ...' in its expr;"
                        + " use 'agg: count_distinct' with the bare column instead.");
            }
        }
    }
}
