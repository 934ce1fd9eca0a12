package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.SemanticModel;

/**
 * DSI TimeDimensionHasGranularityRule (a FUTURE_ERROR, due 2027-01-01): each time dimension has a
 * granularity, one of the standard grains.
 */
final class TimeDimensionGranularityRule implements SemanticRule {
    static final String ERROR_DATE = "2027-01-01";

    @Override
    public String id() {
        return "semantic-time-granularity";
    }

    @Override
    public String checking() {
        return "time dimension granularities";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        for (SemanticModel m : index.project().semanticModels()) {
            for (Dimension d : m.dimensions()) {
                if (d.dimensionType().orElse(null) != Dimension.Type.TIME) {
                    continue;
                }
                if (d.timeGranularity().isEmpty()) {
                    findings.futureError(m, d.range(), "Time dimension '" + d.name() + "' of semantic model '" + m.name()
                            + "' has no granularity; set 'time_granularity' (legacy) or 'granularity' (latest spec) to one of "
                            + Grains.standardList() + ".", ERROR_DATE);
                } else if (!Grains.isStandard(d.timeGranularity().get())) {
                    findings.error(m, d.range(), "Time dimension '" + d.name() + "' has granularity '"
                            + d.timeGranularity().get() + "'; allowed: " + Grains.standardList() + ".");
                }
            }
        }
    }
}
