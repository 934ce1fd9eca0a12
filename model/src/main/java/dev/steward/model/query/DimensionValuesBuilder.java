package dev.steward.model.query;

import dev.steward.model.semantic.Aggregation;
import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.query.where.SqlFragment;
import dev.steward.model.query.where.WhereSqlCompiler;
import dev.steward.model.semantic.filter.FilterSegment;
import dev.steward.model.semantic.filter.GroupByItem;
import dev.steward.model.semantic.filter.ItemKind;
import dev.steward.model.semantic.filter.ParsedFilter;
import dev.steward.model.semantic.filter.TimeGranularity;
import dev.steward.model.yaml.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A query without metrics: the distinct values of the group-by items, as MetricFlow answers it. Only
 * {@code metric_time} → the periods of the time spine; otherwise the semantic model that reaches every item
 * (and every item of the where filter) with the fewest joins is read, and {@code metric_time} comes from the
 * time spine cross joined to those rows.
 */
final class DimensionValuesBuilder {
    private final CompileContext context;

    DimensionValuesBuilder(CompileContext context) {
        this.context = context;
    }

    /** A CTE with the distinct key values. */
    String build(List<RequestedItem> keys, QueryFilters filters) throws QueryCompileException {
        boolean filterOnTimeOnly = filters.where().map(w -> w.references().stream()
                .allMatch(r -> r.item().isMetricTime())).orElse(true);
        if (keys.stream().allMatch(k -> k.item().isMetricTime()) && filterOnTimeOnly) {
            return spine(keys, filters);
        }
        List<RequestedItem> timeKeys = keys.stream().filter(k -> k.item().isMetricTime()).toList();
        List<RequestedItem> modelKeys = keys.stream().filter(k -> !k.item().isMetricTime()).toList();
        MeasureSpec best = best(modelKeys, filters);
        QueryFilters modelFilters = timeKeys.isEmpty() ? filters : new QueryFilters(filters.where(), Optional.empty(),
                Optional.empty());
        MeasureAggregation.Rows rows = new MeasureAggregation(context).rows(new MeasureAggregation.Request(best,
                modelKeys, List.of(), modelFilters, TimeShift.NONE, TimeGranularity.DAY, false, "__rows"), Map.of());
        if (timeKeys.isEmpty()) {
            Sql body = new Sql.Writer().add("SELECT DISTINCT " + String.join(", ", rows.keyNames().stream()
                    .map(k -> "r." + k).toList()) + "\nFROM (\n  ").addIndented(rows.sql(), "  ").add("\n) r").build();
            return context.ctes().add("dimension_values", body);
        }
        // metric_time with other items: every spine period with every combination of the other items, as
        // MetricFlow cross joins the time spine to the dimensions' rows
        SqlDialect d = context.dialect();
        String day = "s." + context.relations().timeSpine().dayColumn();
        List<String> selects = new ArrayList<>();
        for (RequestedItem k : keys) {
            selects.add(k.item().isMetricTime() ? spineTime(k.item(), day) + " AS " + d.quote(k.column())
                    : "r." + d.quote(k.column()));
        }
        Sql.Writer w = new Sql.Writer().add("SELECT DISTINCT " + String.join(", ", selects) + "\nFROM "
                + context.relations().timeSpine().relation() + " s\nCROSS JOIN (\n  ")
                .addIndented(rows.sql(), "  ").add("\n) r");
        String spineDay = d.dateTrunc(TimeGranularity.DAY, day);
        String glue = "\nWHERE ";
        if (filters.start().isPresent()) {
            w.add(glue + spineDay + " >= ").add(Sql.param(filters.start().get()));
            glue = "\n  AND ";
        }
        if (filters.end().isPresent()) {
            w.add(glue + spineDay + " <= ").add(Sql.param(filters.end().get()));
        }
        return context.ctes().add("dimension_values", w.build());
    }

    /** The model whose rows reach every item of {@code keys} and of the where filter with the fewest joins. */
    private MeasureSpec best(List<RequestedItem> keys, QueryFilters filters) throws QueryCompileException {
        MeasureSpec best = null;
        int fewest = Integer.MAX_VALUE;
        QueryCompileException first = null;
        for (SemanticModel model : context.catalog().project().semanticModels()) {
            MeasureSpec rows = rowsOf(model);
            try {
                LeafScope scope = new LeafScope(context, rows, TimeShift.NONE, TimeGranularity.DAY, "group-by");
                for (RequestedItem key : keys) {
                    if (key.item().isMetricTime() && rows.aggTime().name().startsWith("__")) {
                        throw new QueryCompileException(QueryProblem.of("group-by", "semantic model '" + model.name()
                                + "' has no agg_time_dimension for metric_time"));
                    }
                    scope.column(key.item());
                }
                for (FilterSegment.ObjectReference ref : filters.where().map(ParsedFilter::references).orElse(List.of())) {
                    if (ref.item().kind() != ItemKind.METRIC) {
                        scope.column(ref.item());
                    }
                }
                if (scope.joinCount() < fewest) {
                    best = rows;
                    fewest = scope.joinCount();
                }
            } catch (QueryCompileException e) {
                first = first == null ? e : first;
            }
        }
        if (best == null) {
            throw new QueryCompileException(QueryProblem.of("group-by", "No semantic model reaches all of "
                    + String.join(", ", keys.stream().map(RequestedItem::column).toList()) + " together"
                    + (first == null ? "" : " (for example: " + first.getMessage() + ")")));
        }
        return best;
    }

    private static MeasureSpec rowsOf(SemanticModel model) {
        Dimension time = model.aggTimeDimension().flatMap(model::dimension).orElseGet(() -> new Dimension("__no_time",
                "time", Optional.of("NULL"), false, Optional.of("day"), Optional.empty(), Optional.empty(),
                Optional.empty(), SourceRange.START, Map.of()));
        return new MeasureSpec("__rows", model, Aggregation.COUNT, "1", Optional.empty(), time, Optional.empty(),
                List.of(), false, Optional.empty());
    }

    private String spine(List<RequestedItem> keys, QueryFilters filters) throws QueryCompileException {
        SqlDialect d = context.dialect();
        String day = "s." + context.relations().timeSpine().dayColumn();
        List<String> selects = keys.stream().map(k -> spineTime(k.item(), day) + " AS " + d.quote(k.column())).toList();
        Sql.Writer w = new Sql.Writer().add("SELECT DISTINCT " + String.join(", ", selects) + "\nFROM "
                + context.relations().timeSpine().relation() + " s");
        String spineDay = d.dateTrunc(TimeGranularity.DAY, day);
        String glue = "\nWHERE ";
        if (filters.start().isPresent()) {
            w.add(glue + spineDay + " >= ").add(Sql.param(filters.start().get()));
            glue = "\n  AND ";
        }
        if (filters.end().isPresent()) {
            w.add(glue + spineDay + " <= ").add(Sql.param(filters.end().get()));
            glue = "\n  AND ";
        }
        if (filters.where().isPresent()) {
            SqlFragment f = WhereSqlCompiler.compile(filters.where().get(), item -> spineTime(item, day));
            w.add(glue + "(").add(new Sql(f.sql(), f.parameters())).add(")");
        }
        return context.ctes().add("metric_time_values", w.build());
    }

    /** {@code metric_time} at the item's grain or date part, over the spine's {@code day} column. */
    private String spineTime(GroupByItem item, String day) {
        SqlDialect d = context.dialect();
        if (item.datePart().isPresent()) {
            return d.extract(item.datePart().get(), day);
        }
        if (item.grain().isPresent() && item.standardGrain().isEmpty()) {
            return "s." + context.customGrainColumns().getOrDefault(item.grain().get(), item.grain().get());
        }
        return d.dateTrunc(item.standardGrain().orElse(TimeGranularity.DAY), day);
    }
}
