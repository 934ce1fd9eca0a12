package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Aggregation;
import dev.steward.model.semantic.AggregationParams;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * DSI PercentileAggregationRule (and its simple-metric twin): {@code percentile} needs a percentile
 * strictly between 0 and 1; {@code median} is the 0.5 continuous percentile; percentile settings
 * belong to percentile aggregations only.
 */
final class PercentileRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-percentile";
    }

    @Override
    public String checking() {
        return "percentile aggregations";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        for (Aggregated a : index.aggregations()) {
            Aggregation agg = a.aggregation().orElse(null);
            String what = a.kind() + " '" + a.name() + "'";
            if (agg == Aggregation.PERCENTILE) {
                BigDecimal p = a.aggParams().flatMap(AggregationParams::percentile).orElse(null);
                if (p == null) {
                    findings.error(a.owner(), a.range(), what + " uses a PERCENTILE aggregation, which requires"
                            + " a percentile (agg_params.percentile); set a value between 0 and 1, such as 0.9.");
                } else if (p.signum() <= 0 || p.compareTo(BigDecimal.ONE) >= 0) {
                    findings.error(a.owner(), a.aggParams().get().range(), what + " has percentile " + p.toPlainString()
                            + "; the percentile must lie strictly between 0 and 1.");
                }
            } else if (agg == Aggregation.MEDIAN) {
                a.aggParams().ifPresent(p -> {
                    boolean otherPercentile = p.percentile().filter(v -> v.compareTo(new BigDecimal("0.5")) != 0).isPresent();
                    boolean discrete = p.useDiscretePercentile()
                            || p.percentileType().filter(t -> t.toLowerCase(Locale.ROOT).equals("discrete")).isPresent();
                    if (otherPercentile || discrete) {
                        findings.error(a.owner(), p.range(), what + " uses MEDIAN, which is the continuous 0.5 percentile;"
                                + " remove the percentile settings or use 'agg: percentile'.");
                    }
                });
            } else {
                a.aggParams().filter(PercentileRule::setsPercentile).ifPresent(p -> findings.error(a.owner(), p.range(),
                        what + " sets percentile parameters, which only percentile aggregations take; remove them"
                                + " or use 'agg: percentile'."));
            }
        }
    }

    private static boolean setsPercentile(AggregationParams p) {
        return p.percentile().isPresent() || p.useDiscretePercentile() || p.useApproximatePercentile()
                || p.percentileType().isPresent();
    }
}
