package dev.steward.model.query;

import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricParams;

/** Conversion metrics (base and conversion events joined on an entity within a window). */
final class ConversionMetricBuilder {
    private final CompileContext context;

    ConversionMetricBuilder(CompileContext context) {
        this.context = context;
    }

    MetricBranch build(Metric metric, MetricParams.Conversion params, BranchRequest request)
            throws QueryCompileException {
        throw MetricCatalog.problem(metric, "is a conversion metric, which the preview cannot compute yet ("
                + context.dialect().id() + ", entity " + params.entity().orElse("?") + ", " + request.keys().size()
                + " keys)");
    }
}
