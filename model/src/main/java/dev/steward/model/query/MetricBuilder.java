package dev.steward.model.query;

import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricInput;
import dev.steward.model.semantic.MetricParams;
import dev.steward.model.semantic.filter.TimeGranularity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds one metric's branch, recursively through ratio and derived inputs: simple metrics aggregate their
 * measure, ratios divide in double precision with NULLIF, derived metrics evaluate {@code expr} over their
 * inputs' aliases; cumulative and conversion metrics have their own builders.
 */
final class MetricBuilder {
    private static final int MAX_DEPTH = 20;

    private final CompileContext context;
    private final MeasureAggregation measures;
    private final BranchCombiner combiner;

    MetricBuilder(CompileContext context) {
        this.context = context;
        this.measures = new MeasureAggregation(context);
        this.combiner = new BranchCombiner(context);
    }

    MetricBranch build(Metric metric, BranchRequest request) throws QueryCompileException {
        return build(metric, request, 0);
    }

    private MetricBranch build(Metric metric, BranchRequest request, int depth) throws QueryCompileException {
        if (depth > MAX_DEPTH) {
            throw MetricCatalog.problem(metric, "refers to itself through its inputs");
        }
        return switch (metric.params()) {
            case MetricParams.Simple s -> simple(metric, request);
            case MetricParams.Ratio r -> ratio(metric, r, request, depth);
            case MetricParams.Derived d -> derived(metric, d, request, depth);
            case MetricParams.Cumulative c -> new CumulativeMetricBuilder(context, measures).build(metric, c, request);
            case MetricParams.Conversion c -> new ConversionMetricBuilder(context).build(metric, c, request);
            case MetricParams.Unknown u -> throw MetricCatalog.problem(metric, "has an unknown type '" + metric.type() + "'");
        };
    }

    /** The grain {@code metric_time} gets when the query names none: never finer than a day, as in MetricFlow. */
    static TimeGranularity defaultGrain(Metric metric, MeasureSpec measure) {
        return metric.timeGranularity().flatMap(TimeGranularity::parse).orElseGet(() -> {
            TimeGranularity g = measure.aggTime().timeGranularity().flatMap(TimeGranularity::parse).orElse(TimeGranularity.DAY);
            return g.compareTo(TimeGranularity.DAY) < 0 ? TimeGranularity.DAY : g;
        });
    }

    private MetricBranch simple(Metric metric, BranchRequest request) throws QueryCompileException {
        MeasureSpec measure = context.catalog().simple(metric);
        String cte = measures.build(new MeasureAggregation.Request(measure, request.keys(), request.filters(),
                request.query(), request.shift(), defaultGrain(metric, measure), false, request.column()));
        boolean spine = measure.joinToTimespine() && request.keys().stream().anyMatch(k -> k.isTimeOf(measure));
        if (spine) {
            cte = new TimeSpineJoin(context).join(cte, request, measure, defaultGrain(metric, measure));
        }
        return new MetricBranch(cte, request.column(), measure.fillNullsWith());
    }

    private MetricBranch input(MetricInput input, BranchRequest request, int depth) throws QueryCompileException {
        Metric metric = context.catalog().metric(input.name(), "metrics");
        TimeShift shift = TimeShift.NONE;
        if (input.offsetWindow().isPresent()) {
            shift = new TimeShift.OffsetWindow(TimeShift.Window.parse(input.offsetWindow().get()).orElseThrow(() ->
                    MetricCatalog.problem(metric, "has an offset_window '" + input.offsetWindow().get()
                            + "' that is not '<count> <grain>'")));
        } else if (input.offsetToGrain().isPresent()) {
            shift = new TimeShift.OffsetToGrain(TimeGranularity.parse(input.offsetToGrain().get()).orElseThrow(() ->
                    MetricCatalog.problem(metric, "has an unknown offset_to_grain '" + input.offsetToGrain().get() + "'")));
        }
        if (!(shift instanceof TimeShift.None) && request.keys().stream().noneMatch(k -> k.item().isMetricTime()
                || k.item().grain().isPresent() || k.item().datePart().isPresent())) {
            throw new QueryCompileException(QueryProblem.of("group-by", "The input '" + input.effectiveName()
                    + "' is offset in time, so the query must group by metric_time (for example metric_time__day)"));
        }
        MetricBranch branch = build(metric, request.forInput(input.filters(), shift, input.effectiveName()), depth + 1);
        return input.fillNullsWith().isPresent()
                ? new MetricBranch(branch.cte(), branch.column(), input.fillNullsWith()) : branch;
    }

    private MetricBranch ratio(Metric metric, MetricParams.Ratio ratio, BranchRequest request, int depth)
            throws QueryCompileException {
        MetricInput num = ratio.numerator().orElseThrow(() -> MetricCatalog.problem(metric, "has no numerator"));
        MetricInput den = ratio.denominator().orElseThrow(() -> MetricCatalog.problem(metric, "has no denominator"));
        List<String> filters = metric.filters();
        MetricBranch n = input(num, request.forInput(filters, TimeShift.NONE, "__numerator"), depth);
        MetricBranch dn = input(den, request.forInput(filters, TimeShift.NONE, "__denominator"), depth);
        String combined = combiner.combine(List.of(n, dn), List.of("__numerator", "__denominator"),
                request.keyColumns(), metric.name() + "_inputs");
        SqlDialect d = context.dialect();
        String expr = d.castToDouble("c." + d.quote("__numerator")) + " / NULLIF(" + d.castToDouble("c."
                + d.quote("__denominator")) + ", 0)";
        return select(combined, expr, request, metric);
    }

    private MetricBranch derived(Metric metric, MetricParams.Derived derived, BranchRequest request, int depth)
            throws QueryCompileException {
        List<MetricBranch> branches = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (MetricInput in : derived.inputs()) {
            branches.add(input(in, request.forInput(metric.filters(), TimeShift.NONE, in.effectiveName()), depth));
            names.add(in.effectiveName());
        }
        if (branches.isEmpty()) {
            throw MetricCatalog.problem(metric, "has no input metrics");
        }
        String expr = derived.expr().orElseThrow(() -> MetricCatalog.problem(metric, "has no expr"));
        String combined = combiner.combine(branches, names, request.keyColumns(), metric.name() + "_inputs");
        Set<String> inputs = new LinkedHashSet<>(names);
        return select(combined, DerivedExpression.qualify(expr, inputs, "c", context.dialect()), request, metric);
    }

    private MetricBranch select(String combined, String expr, BranchRequest request, Metric metric) {
        SqlDialect d = context.dialect();
        Sql.Writer w = new Sql.Writer().add("SELECT\n  ");
        for (String k : request.keyColumns()) {
            w.add("c.").add(d.quote(k)).add("\n  , ");
        }
        w.add(expr).add(" AS ").add(d.quote(request.column())).add("\nFROM ").add(combined).add(" c");
        return new MetricBranch(context.ctes().add(metric.name(), w.build()), request.column(), Optional.empty());
    }
}
