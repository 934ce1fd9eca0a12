package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.TimeSpine;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Time spines (after DSI TimeSpineRule and the custom-granularity part of UniqueAndValidNameRule):
 * custom granularity names are unique and not standard grains (error); two time spines at one grain,
 * and a time dimension finer than every time spine, are warnings (as in DSI).
 * The legacy {@code time_spine_table_configurations} are not compared.
 */
final class TimeSpineRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-time-spine";
    }

    @Override
    public String checking() {
        return "time spines";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        int finestSpine = Integer.MAX_VALUE;
        Set<String> custom = new HashSet<>();
        Map<String, TimeSpine> byGrain = new HashMap<>();
        for (TimeSpine t : index.project().timeSpines()) {
            if (t.legacy()) {
                continue;
            }
            for (TimeSpine.CustomGranularity g : t.customGranularities()) {
                String name = g.name().toLowerCase(Locale.ROOT);
                if (Grains.isStandard(name)) {
                    findings.error(t, g.range(), "Custom granularity '" + g.name() + "' has the name of a standard"
                            + " granularity; choose a name other than " + Grains.standardList() + ".");
                } else if (!custom.add(name)) {
                    findings.error(t, g.range(), "Custom granularity '" + g.name() + "' is defined twice; custom"
                            + " granularity names must be unique across time spines.");
                }
            }
            int rank = t.granularity().map(Grains::rank).orElse(-1);
            if (rank >= 0) {
                finestSpine = Math.min(finestSpine, rank);
                TimeSpine first = byGrain.putIfAbsent(Grains.STANDARD.get(rank), t);
                if (first != null) {
                    findings.warning(t, t.range(), "There is already a time spine at grain '" + Grains.STANDARD.get(rank)
                            + "' (" + first.model().orElse("earlier") + "); MetricFlow uses one time spine per grain,"
                            + " so keep one.");
                }
            }
        }
        if (finestSpine == Integer.MAX_VALUE) {
            return;
        }
        for (SemanticModel m : index.project().semanticModels()) {
            for (Dimension d : m.dimensions()) {
                int rank = d.timeGranularity().map(Grains::rank).orElse(-1);
                if (d.dimensionType().orElse(null) == Dimension.Type.TIME && rank >= 0 && rank < finestSpine) {
                    findings.warning(m, d.range(), "Time dimension '" + d.name() + "' has granularity '"
                            + d.timeGranularity().get() + "', finer than every time spine (finest: '"
                            + Grains.STANDARD.get(finestSpine) + "'); queries that join to the time spine at that grain"
                            + " fail. Add a time spine at '" + d.timeGranularity().get() + "' or finer.");
                }
            }
        }
    }
}
