package dev.steward.model.query;

import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricInput;
import dev.steward.model.semantic.MetricParams;
import dev.steward.model.semantic.filter.TimeGranularity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cumulative metrics: each day of the time spine aggregates the rows of the trailing {@code window}, of the
 * {@code grain_to_date} period so far, or of all time before it. Queried by a coarser {@code metric_time}
 * grain, the daily values are re-aggregated per period with {@code period_agg} (first, last or average day).
 * Without {@code metric_time} in the query the measure is aggregated over all rows.
 */
final class CumulativeMetricBuilder {
    private final CompileContext context;
    private final MeasureAggregation measures;

    CumulativeMetricBuilder(CompileContext context, MeasureAggregation measures) {
        this.context = context;
        this.measures = measures;
    }

    MetricBranch build(Metric metric, MetricParams.Cumulative params, BranchRequest request)
            throws QueryCompileException {
        MeasureSpec measure = measure(metric, params, request);
        TimeGranularity defaultGrain = MetricBuilder.defaultGrain(metric, measure);
        Optional<RequestedItem> time = request.keys().stream().filter(k -> k.isTimeOf(measure)).findFirst();
        if (time.isEmpty()) {
            String cte = measures.build(new MeasureAggregation.Request(measure, request.keys(), List.of(),
                    request.query(), TimeShift.NONE, defaultGrain, false, request.column()));
            return new MetricBranch(cte, request.column(), measure.fillNullsWith());
        }
        Optional<TimeShift.Window> window = params.window().map(w -> TimeShift.Window.parse(w).orElse(null));
        if (params.window().isPresent() && window.orElse(null) == null) {
            throw MetricCatalog.problem(metric, "has a window '" + params.window().get() + "' that is not '<count> <grain>'");
        }
        Optional<TimeGranularity> toDate = params.grainToDate().flatMap(TimeGranularity::parse);
        TimeGranularity grain = time.get().item().standardGrain().orElse(defaultGrain);
        boolean custom = time.get().item().grain().isPresent() && time.get().item().standardGrain().isEmpty();
        boolean coarser = custom || grain.compareTo(TimeGranularity.DAY) > 0;
        String cte = measures.build(new MeasureAggregation.Request(measure, request.keys(), List.of(), request.query(),
                TimeShift.then(request.shift(), new TimeShift.Cumulative(window, toDate)), defaultGrain, coarser,
                request.column()));
        if (coarser) {
            cte = reaggregate(cte, request, params.periodAgg().orElse("first"), metric);
        }
        if (measure.joinToTimespine()) {
            cte = new TimeSpineJoin(context).join(cte, request, measure, defaultGrain);
        }
        return new MetricBranch(cte, request.column(), measure.fillNullsWith());
    }

    private MeasureSpec measure(Metric metric, MetricParams.Cumulative params, BranchRequest request)
            throws QueryCompileException {
        List<String> filters = new ArrayList<>(request.filters());
        filters.addAll(metric.filters());
        if (params.metric().isPresent()) {
            MetricInput input = params.metric().get();
            filters.addAll(input.filters());
            MeasureSpec simple = context.catalog().simple(context.catalog().metric(input.name(), "metrics"));
            filters.addAll(simple.filters());
            return new MeasureSpec(simple.name(), simple.model(), simple.aggregation(), simple.expr(), simple.aggParams(),
                    simple.aggTime(), simple.nonAdditive(), filters, simple.joinToTimespine(), simple.fillNullsWith());
        }
        MetricInput input = params.measure().orElseThrow(() -> MetricCatalog.problem(metric, "has no input measure or metric"));
        filters.addAll(input.filters());
        return context.catalog().measure(input.name(), metric, filters, input.joinToTimespine().orElse(false),
                input.fillNullsWith());
    }

    private String reaggregate(String cte, BranchRequest request, String periodAgg, Metric metric)
            throws QueryCompileException {
        SqlDialect d = context.dialect();
        List<String> keys = request.keyColumns().stream().map(k -> "a." + d.quote(k)).toList();
        String value = "a." + d.quote(request.column());
        String order = "ORDER BY a." + d.quote(MeasureAggregation.DAY_KEY)
                + " ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING";
        String over = "OVER (PARTITION BY " + String.join(", ", keys);
        String windowed = switch (periodAgg.toLowerCase(Locale.ROOT)) {
            case "first" -> "FIRST_VALUE(" + value + ") " + over + " " + order + ")";
            case "last" -> "LAST_VALUE(" + value + ") " + over + " " + order + ")";
            case "average" -> "AVG(" + d.castToDouble(value) + ") " + over + ")";
            default -> throw MetricCatalog.problem(metric, "has period_agg '" + periodAgg
                    + "'; allowed: first, last, average");
        };
        Sql body = Sql.of("SELECT DISTINCT\n  " + String.join("\n  , ", keys) + "\n  , " + windowed + " AS "
                + d.quote(request.column()) + "\nFROM " + cte + " a");
        return context.ctes().add(request.column() + "_by_period", body);
    }
}
