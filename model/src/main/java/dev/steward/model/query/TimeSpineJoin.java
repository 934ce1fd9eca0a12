package dev.steward.model.query;

import dev.steward.model.query.where.SqlFragment;
import dev.steward.model.query.where.WhereSqlCompiler;
import dev.steward.model.semantic.filter.FilterSegment;
import dev.steward.model.semantic.filter.GroupByItem;
import dev.steward.model.semantic.filter.ParsedFilter;
import dev.steward.model.semantic.filter.TimeGranularity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code join_to_timespine}: every period of the time spine gets a row, the metric's value LEFT JOINed on
 * its time key ({@code metric_time} or the agg time dimension); empty periods stay NULL unless
 * {@code fill_nulls_with} is set. As in MetricFlow the query's time range bounds the spine, and a where
 * filter on queried items only is applied again to the joined rows (so spine rows it excludes go too).
 */
final class TimeSpineJoin {
    private final CompileContext context;

    TimeSpineJoin(CompileContext context) {
        this.context = context;
    }

    String join(String cte, BranchRequest request, MeasureSpec measure, TimeGranularity defaultGrain)
            throws QueryCompileException {
        SqlDialect d = context.dialect();
        RequestedItem time = request.keys().stream().filter(k -> k.isTimeOf(measure)).findFirst().orElseThrow();
        String day = "s0." + context.relations().timeSpine().dayColumn();
        TimeGranularity grain = time.item().standardGrain().orElse(defaultGrain);
        Optional<String> custom = time.item().grain().filter(g -> time.item().standardGrain().isEmpty())
                .map(g -> "s0." + context.customGrainColumns().getOrDefault(g, g));
        String spineTime = custom.orElseGet(() -> d.dateTrunc(grain, day));
        List<Sql> spineConditions = new ArrayList<>();
        String spineDay = d.dateTrunc(TimeGranularity.DAY, day);
        request.query().start().ifPresent(s -> spineConditions.add(new Sql.Writer().add(spineDay + " >= ").add(Sql.param(s)).build()));
        request.query().end().ifPresent(e -> spineConditions.add(new Sql.Writer().add(spineDay + " <= ").add(Sql.param(e)).build()));
        // spine LEFT JOIN metric, written as a UNION ALL: spine periods the metric has rows for are dropped by a
        // window count, which engines without hash joins (H2) run in one pass instead of a nested loop
        List<String> metricColumns = new ArrayList<>();
        List<String> spineColumns = new ArrayList<>();
        List<String> outer = new ArrayList<>();
        for (RequestedItem k : request.keys()) {
            String q = d.quote(k.column());
            metricColumns.add("b." + q);
            spineColumns.add((k == time ? spineTime : d.typedNull(cte, k.column())) + " AS " + q);
            outer.add("j." + q);
        }
        String value = d.quote(request.column());
        String fromMetric = d.quote("__from_metric");
        metricColumns.add("b." + value);
        metricColumns.add("1 AS " + fromMetric);
        spineColumns.add(d.typedNull(cte, request.column()) + " AS " + value);
        spineColumns.add("0 AS " + fromMetric);
        outer.add("j." + value);
        Sql.Writer rows = new Sql.Writer().add("SELECT " + String.join(", ", metricColumns) + " FROM " + cte + " b"
                + "\nUNION ALL\nSELECT DISTINCT " + String.join(", ", spineColumns) + "\nFROM "
                + context.relations().timeSpine().relation() + " s0");
        if (!spineConditions.isEmpty()) {
            rows.add("\nWHERE ").add(Sql.join(spineConditions, "\n  AND "));
        }
        String t = d.quote(time.column());
        Sql.Writer w = new Sql.Writer().add("SELECT\n  " + String.join("\n  , ", outer) + "\nFROM (\n  SELECT\n    u.*\n"
                + "    , MAX(u." + fromMetric + ") OVER (PARTITION BY u." + t + ") AS " + d.quote("__period_has_metric")
                + "\n  FROM (\n    ").addIndented(rows.build(), "    ").add("\n  ) u\n) j\nWHERE (j." + fromMetric + " = 1 OR j."
                + d.quote("__period_has_metric") + " = 0)");
        Optional<Sql> again = request.query().where().isPresent()
                ? onJoinedRows(request.query().where().get(), request, "j.") : Optional.empty();
        if (again.isPresent()) {
            w.add("\n  AND (").add(again.get()).add(")");
        }
        return context.ctes().add(request.column() + "_spine", w.build());
    }

    /** The where filter over the joined rows, when every item it names is a queried key. */
    private Optional<Sql> onJoinedRows(ParsedFilter filter, BranchRequest request, String alias)
            throws QueryCompileException {
        SqlDialect d = context.dialect();
        java.util.Map<GroupByItem, String> columns = new java.util.HashMap<>();
        for (FilterSegment.ObjectReference ref : filter.references()) {
            GroupByItem item = ref.item();
            Optional<RequestedItem> key = request.keys().stream().filter(k -> sameItem(k.item(), item)).findFirst();
            if (key.isEmpty()) {
                return Optional.empty();
            }
            columns.put(item, alias + d.quote(key.get().column()));
        }
        SqlFragment f = WhereSqlCompiler.compile(filter, columns::get);
        return Optional.of(new Sql(f.sql(), f.parameters()));
    }

    /** Whether a filter item names a queried key (a filter item without grain matches the key's grain). */
    private static boolean sameItem(GroupByItem key, GroupByItem item) {
        return key.element().equals(item.element()) && key.entityPath().equals(item.entityPath())
                && key.datePart().equals(item.datePart()) && (item.grain().isEmpty() || key.grain().equals(item.grain()));
    }
}
