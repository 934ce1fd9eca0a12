package dev.steward.model.query;

import dev.steward.model.query.where.SqlFragment;
import dev.steward.model.query.where.WhereSqlCompiler;
import dev.steward.model.semantic.AggregationParams;
import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.NonAdditiveDimension;
import dev.steward.model.semantic.filter.FilterSegment;
import dev.steward.model.semantic.filter.GroupByItem;
import dev.steward.model.semantic.filter.ItemKind;
import dev.steward.model.semantic.filter.ParsedFilter;
import dev.steward.model.semantic.filter.TimeGranularity;
import dev.steward.model.semantic.filter.WhereFilterParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One measure aggregated by the query's keys: a CTE {@code SELECT keys, AGG(value) FROM (rows) GROUP BY keys}
 * whose rows are the measure's model joined to what the keys and filters need, filtered by the measure's,
 * the metric inputs' and the query's filters, and (semi-additive measures) only the rows at the edge of the
 * non-additive dimension.
 */
final class MeasureAggregation {
    /** The column with each row's day on the spine, for cumulative metrics re-aggregated to coarser grains. */
    static final String DAY_KEY = "__metric_day";
    static final String VALUE = "__value";

    private final CompileContext context;

    MeasureAggregation(CompileContext context) {
        this.context = context;
    }

    /** What to aggregate and how: {@code filters} are metric-input filters on top of the measure's own. */
    record Request(MeasureSpec measure, List<RequestedItem> keys, List<String> filters, QueryFilters query,
                   TimeShift shift, TimeGranularity metricTimeDefault, boolean dayKey, String column) {
    }

    /** A column computed over a branch's rows (a conversion metric's entity and time). */
    interface ColumnSource {
        String sql(LeafScope scope) throws QueryCompileException;
    }

    /** The rows before aggregation: the keys, {@link #VALUE}, {@code extras} by name, non-additive columns. */
    record Rows(Sql sql, List<String> keyNames, Optional<String> nonAdditiveEdge, boolean daily) {
    }

    /** Adds the CTE and returns its name; its columns are the keys ({@link #DAY_KEY} too if asked) and {@code column}. */
    String build(Request request) throws QueryCompileException {
        SqlDialect d = context.dialect();
        Rows rows = rows(request, java.util.Map.of(), true);
        Sql.Writer agg = new Sql.Writer().add("SELECT\n  ");
        for (String k : rows.keyNames()) {
            agg.add("r.").add(k).add("\n  , ");
        }
        String value = "r." + d.quote(VALUE);
        agg.add(rows.daily() ? DailyRollup.reaggregate(d, request.measure(), value, "r." + d.quote(DailyRollup.COUNT))
                : aggregate(request.measure(), value)).add(" AS ").add(d.quote(request.column()))
                .add("\nFROM (\n  ").addIndented(rows.sql(), "  ").add("\n) r");
        rows.nonAdditiveEdge().ifPresent(edge -> agg.add("\nWHERE r.").add(d.quote("__nad")).add(" = r.").add(d.quote(edge)));
        if (!rows.keyNames().isEmpty()) {
            agg.add("\nGROUP BY ").add(String.join(", ", rows.keyNames().stream().map(k -> "r." + k).toList()));
        }
        return context.ctes().add(request.column(), agg.build());
    }

    /** The rows of {@code request} with {@code extras} as more columns, filtered but not aggregated. */
    Rows rows(Request request, java.util.Map<String, ColumnSource> extras) throws QueryCompileException {
        return rows(request, extras, false);
    }

    /** {@code rollUp}: pre-aggregate the rows per day before the time spine when the measure allows it. */
    private Rows rows(Request request, java.util.Map<String, ColumnSource> extras, boolean rollUp)
            throws QueryCompileException {
        SqlDialect d = context.dialect();
        MeasureSpec measure = request.measure();
        LeafScope scope = new LeafScope(context, measure, request.shift(), request.metricTimeDefault(), "group-by");
        List<String> selects = new ArrayList<>();
        List<String> keyNames = new ArrayList<>();
        for (RequestedItem key : request.keys()) {
            selects.add(scope.column(key.item()) + " AS " + d.quote(key.column()));
            keyNames.add(d.quote(key.column()));
        }
        if (request.dayKey()) {
            selects.add(scope.metricTimeDay() + " AS " + d.quote(DAY_KEY));
            keyNames.add(d.quote(DAY_KEY));
        }
        selects.add(scope.measureValue() + " AS " + d.quote(VALUE));
        boolean daily = rollUp && scope.rollUpDaily();
        if (daily && request.measure().aggregation() == dev.steward.model.semantic.Aggregation.AVERAGE) {
            selects.add(scope.measureCount() + " AS " + d.quote(DailyRollup.COUNT));
        }
        for (java.util.Map.Entry<String, ColumnSource> extra : extras.entrySet()) {
            selects.add(extra.getValue().sql(scope) + " AS " + d.quote(extra.getKey()));
        }
        Optional<String> nonAdditive = measure.nonAdditive().isPresent()
                ? Optional.of(nonAdditive(scope, measure.nonAdditive().get(), request.keys(), selects)) : Optional.empty();
        List<Sql> conditions = new ArrayList<>();
        List<String> definitionFilters = new ArrayList<>(measure.filters());
        definitionFilters.addAll(request.filters());
        for (String filter : definitionFilters) {
            conditions.add(filter(scope, WhereFilterParser.parse(filter, context.customGrains()), "metrics"));
        }
        if (request.query().where().isPresent()) {
            conditions.add(filter(scope, request.query().where().get(), "where"));
        }
        if (request.query().start().isPresent()) {
            conditions.add(new Sql.Writer().add(scope.metricTimeDay() + " >= ").add(Sql.param(request.query().start().get())).build());
        }
        if (request.query().end().isPresent()) {
            conditions.add(new Sql.Writer().add(scope.metricTimeDay() + " <= ").add(Sql.param(request.query().end().get())).build());
        }
        Optional<String> cumulativeEnd = scope.shiftedCumulativeEnd();
        if (cumulativeEnd.isPresent()) {
            request.query().start().ifPresent(s -> conditions.add(new Sql.Writer().add(cumulativeEnd.get() + " >= ")
                    .add(Sql.param(s)).build()));
            request.query().end().ifPresent(e -> conditions.add(new Sql.Writer().add(cumulativeEnd.get() + " <= ")
                    .add(Sql.param(e)).build()));
        }
        String from = scope.from();
        Sql.Writer rows = new Sql.Writer().add("SELECT\n  ").add(String.join("\n  , ", selects)).add("\n").add(from);
        if (!conditions.isEmpty()) {
            rows.add("\nWHERE ").add(Sql.join(conditions.stream().map(c -> new Sql.Writer().add("(").add(c).add(")").build()).toList(), "\n  AND "));
        }
        return new Rows(rows.build(), keyNames, nonAdditive, daily);
    }

    /**
     * {@code filter} over the scope's rows. Problems of the query's where filter point at the object they are
     * about; problems of a metric's own filter name the metric instead (their offsets are not in the query).
     */
    private Sql filter(LeafScope scope, ParsedFilter filter, String input) throws QueryCompileException {
        GroupByItem[] current = new GroupByItem[1];
        try {
            SqlFragment fragment = WhereSqlCompiler.compile(filter, item -> {
                try {
                    current[0] = item;
                    return scope.column(item);
                } catch (QueryCompileException e) {
                    throw new UncheckedCompileException(e);
                }
            });
            return new Sql(fragment.sql(), fragment.parameters());
        } catch (UncheckedCompileException e) {
            Optional<FilterSegment.ObjectReference> at = filter.references().stream()
                    .filter(r -> r.item().equals(current[0])).findFirst();
            boolean quoted = at.isPresent() && "'\"".indexOf(filter.text().charAt(at.get().nameStart())) >= 0;
            int inset = quoted ? 1 : 0;
            throw relocated(e.unwrap(), input, scope, at.map(r -> r.nameStart() + inset).orElse(-1),
                    at.map(r -> r.nameEnd() - inset).orElse(-1));
        } catch (QueryCompileException e) {
            throw relocated(e, input, scope, -2, -2);
        }
    }

    /** {@code e} as a problem of {@code input}; {@code start} -2 keeps the problem's own offsets. */
    private static QueryCompileException relocated(QueryCompileException e, String input, LeafScope scope, int start,
                                                   int end) {
        boolean typed = input.equals("where");
        return new QueryCompileException(e.problems().stream().map(p -> new QueryProblem(input,
                typed ? p.message() : "In a filter of '" + scope.measure().name() + "': " + p.message(),
                !typed ? -1 : start == -2 ? p.start() : start, !typed ? -1 : end == -2 ? p.end() : end)).toList());
    }

    /** Adds the non-additive dimension and its min/max per window grouping to {@code selects}; returns the edge column. */
    private String nonAdditive(LeafScope scope, NonAdditiveDimension nad, List<RequestedItem> keys, List<String> selects)
            throws QueryCompileException {
        SqlDialect d = context.dialect();
        Dimension dim = scope.measure().model().dimension(nad.name()).orElseThrow(() -> new QueryCompileException(
                QueryProblem.of("metrics", "The non_additive_dimension '" + nad.name() + "' of measure '"
                        + scope.measure().name() + "' is not a dimension of its semantic model")));
        String column = d.dateTrunc(TimeGranularity.DAY, scope.ownColumn(dim));
        List<String> partition = new ArrayList<>();
        for (String grouping : nad.windowGroupings()) {
            partition.add(scope.column(new GroupByItem(ItemKind.ENTITY, grouping, List.of(), Optional.empty(),
                    Optional.empty(), false, List.of())));
        }
        for (RequestedItem key : keys) {
            if (key.isMetricTime()) {
                partition.add(scope.column(key.item()));
            }
        }
        boolean min = nad.windowChoice().map(w -> w.toLowerCase(Locale.ROOT).equals("min")).orElse(false);
        selects.add(column + " AS " + d.quote("__nad"));
        selects.add((min ? "MIN(" : "MAX(") + column + ") OVER (" + (partition.isEmpty() ? ""
                : "PARTITION BY " + String.join(", ", partition)) + ") AS " + d.quote("__nad_edge"));
        return "__nad_edge";
    }

    String aggregate(MeasureSpec measure, String value) {
        SqlDialect d = context.dialect();
        return switch (measure.aggregation()) {
            case SUM -> "SUM(" + value + ")";
            case MIN -> "MIN(" + value + ")";
            case MAX -> "MAX(" + value + ")";
            case COUNT -> "COUNT(" + value + ")";
            case COUNT_DISTINCT -> "COUNT(DISTINCT " + value + ")";
            case SUM_BOOLEAN -> "SUM(CASE WHEN " + value + " THEN 1 ELSE 0 END)";
            case AVERAGE -> d.average(value);
            case MEDIAN -> d.percentile(value, 0.5, false);
            case PERCENTILE -> d.percentile(value,
                    measure.aggParams().flatMap(AggregationParams::percentile).map(BigDecimal::doubleValue).orElse(0.5),
                    measure.aggParams().map(p -> p.useDiscretePercentile()
                            || p.percentileType().filter("discrete"::equals).isPresent()).orElse(false));
        };
    }
}
