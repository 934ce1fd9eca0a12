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
 * {@code metric_time} (empty periods stay NULL unless {@code fill_nulls_with} is set). The query's time range
 * and a where filter on {@code metric_time} alone bound the spine as they bound the metric.
 */
final class TimeSpineJoin {
    private final CompileContext context;

    TimeSpineJoin(CompileContext context) {
        this.context = context;
    }

    String join(String cte, BranchRequest request, TimeGranularity defaultGrain) throws QueryCompileException {
        SqlDialect d = context.dialect();
        RequestedItem time = request.keys().stream().filter(RequestedItem::isMetricTime).findFirst().orElseThrow();
        String day = context.relations().timeSpine().dayColumn();
        String spineTime = d.dateTrunc(time.item().standardGrain().orElse(defaultGrain), "s0." + day);
        List<Sql> conditions = new ArrayList<>();
        String spineDay = d.dateTrunc(TimeGranularity.DAY, "s0." + day);
        request.query().start().ifPresent(s -> conditions.add(new Sql.Writer().add(spineDay + " >= ").add(Sql.param(s)).build()));
        request.query().end().ifPresent(e -> conditions.add(new Sql.Writer().add(spineDay + " <= ").add(Sql.param(e)).build()));
        Optional<ParsedFilter> where = request.query().where().filter(TimeSpineJoin::onlyMetricTime);
        if (where.isPresent()) {
            SqlFragment f = WhereSqlCompiler.compile(where.get(), item -> d.dateTrunc(
                    item.standardGrain().orElse(defaultGrain), "s0." + day));
            conditions.add(new Sql(f.sql(), f.parameters()));
        }
        Sql.Writer w = new Sql.Writer().add("SELECT\n  ");
        List<String> selects = new ArrayList<>();
        for (RequestedItem k : request.keys()) {
            selects.add((k == time ? "s." : "b.") + d.quote(k.column()));
        }
        selects.add("b." + d.quote(request.column()));
        w.add(String.join("\n  , ", selects)).add("\nFROM (\n  SELECT DISTINCT " + spineTime + " AS " + d.quote(time.column())
                + "\n  FROM " + context.relations().timeSpine().relation() + " s0");
        if (!conditions.isEmpty()) {
            w.add("\n  WHERE ").add(Sql.join(conditions, "\n    AND "));
        }
        w.add("\n) s\nLEFT OUTER JOIN " + cte + " b\n  ON s." + d.quote(time.column()) + " = b." + d.quote(time.column()));
        return context.ctes().add(request.column() + "_spine", w.build());
    }

    private static boolean onlyMetricTime(ParsedFilter filter) {
        return filter.isValid() && !filter.references().isEmpty() && filter.references().stream()
                .map(FilterSegment.ObjectReference::item).allMatch(GroupByItem::isMetricTime);
    }
}
