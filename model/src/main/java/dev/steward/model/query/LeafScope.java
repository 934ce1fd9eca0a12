package dev.steward.model.query;

import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.Entity;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.filter.GroupByItem;
import dev.steward.model.semantic.filter.GroupByParser;
import dev.steward.model.semantic.filter.ItemKind;
import dev.steward.model.semantic.filter.ParsedGroupBy;
import dev.steward.model.semantic.filter.TimeGranularity;
import dev.steward.model.text.ClosestMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows one measure is aggregated over: its semantic model ({@code m0}), the models joined to reach the
 * group-by and filter items ({@code m1}, ...), metrics used in filters, and optionally the time spine
 * ({@code ts}) the rows are placed on. {@link #column} gives the SQL of any item over these rows.
 */
final class LeafScope {
    private static final String SPINE = "ts";

    private final CompileContext context;
    private final MeasureSpec measure;
    private final TimeShift shift;
    private final TimeGranularity metricTimeDefault;
    private final ModelRead root;
    private final Map<String, Joined> joins = new LinkedHashMap<>();
    private final List<String> metricJoins = new ArrayList<>();
    private final Map<String, String> customJoins = new LinkedHashMap<>();
    private final Map<String, String> metricColumns = new LinkedHashMap<>();
    private final String input;
    private boolean daily;

    private record Joined(ModelRead read, String condition) {
    }

    LeafScope(CompileContext context, MeasureSpec measure, TimeShift shift, TimeGranularity metricTimeDefault,
              String input) throws QueryCompileException {
        this.context = context;
        this.measure = measure;
        this.shift = shift;
        this.metricTimeDefault = metricTimeDefault;
        this.input = input;
        this.root = new ModelRead(relation(measure.model()), "m0", context.dialect());
    }

    MeasureSpec measure() {
        return measure;
    }

    private String relation(SemanticModel model) throws QueryCompileException {
        return context.relations().relation(model).orElseThrow(() -> new QueryCompileException(QueryProblem.of(
                "metrics", "Semantic model '" + model.name() + "' has no table to read (no node_relation or model)")));
    }

    /** The measure's value on one row. */
    String measureValue() {
        return root.column("__measure_" + measure.name(), measure.expr());
    }

    /**
     * Pre-aggregates the measure's rows per day and per every other column read before they meet the spine,
     * when {@link DailyRollup#applies}; returns whether it does. {@link #measureValue} is then the group's
     * aggregate and {@link #measureCount} its count.
     */
    boolean rollUpDaily() {
        daily = DailyRollup.applies(measure, shift);
        return daily;
    }

    /** An average's count of values per pre-aggregated group (see {@link #rollUpDaily}). */
    String measureCount() {
        return root.column(DailyRollup.COUNT, measure.expr());
    }

    /** How many semantic models are joined to the measure's. */
    int joinCount() {
        return joins.size();
    }

    /** A dimension of the measure's own model, read from its rows. */
    String ownColumn(Dimension dimension) {
        return root.column(dimension.name(), dimension.effectiveExpr());
    }

    /** An entity or dimension of the measure's own model by name, read from its rows. */
    String ownElement(String name) {
        SemanticModel model = measure.model();
        Optional<Entity> entity = model.entity(name);
        if (entity.isPresent()) {
            return root.column(name, entity.get().effectiveExpr());
        }
        return ownColumn(model.dimension(name).orElseThrow());
    }

    /** The measure's own time column (the agg time dimension) on the model's rows. */
    String aggTimeColumn() {
        return root.column(measure.aggTime().name(), measure.aggTime().effectiveExpr());
    }

    /** The day a row counts for: the spine day when the rows are placed on the spine, else the agg time day. */
    String metricTimeDay() {
        String base = shift instanceof TimeShift.None ? aggTimeColumn()
                : spineDay();
        return context.dialect().dateTrunc(TimeGranularity.DAY, base);
    }

    /** The SQL of {@code item} over this scope's rows. */
    String column(GroupByItem item) throws QueryCompileException {
        if (item.kind() == ItemKind.METRIC) {
            return metricColumn(item);
        }
        if (item.isMetricTime() || !(shift instanceof TimeShift.None)
                && new RequestedItem(item, "").isAggTimeOf(measure)) {
            String base = shift instanceof TimeShift.None ? aggTimeColumn()
                    : spineDay();
            return time(item, base, metricTimeDefault);
        }
        SemanticModel model = measure.model();
        ModelRead read = root;
        if (!item.entityPath().isEmpty()) {
            Optional<JoinPlanner.Route> route = context.planner().route(model, item.entityPath(), item.element());
            if (route.isEmpty()) {
                throw unreachable(item, context.planner().whyUnreachable(model, item.entityPath(), item.element()));
            }
            read = join(route.get().steps());
            model = route.get().target();
        } else if (model.entity(item.element()).isEmpty()) {
            throw unreachable(item, context.planner().whyUnreachable(model, List.of(), item.element()));
        }
        Optional<Dimension> dimension = item.entityPath().isEmpty() ? Optional.empty() : model.dimension(item.element());
        if (dimension.isPresent()) {
            Dimension d = dimension.get();
            String col = read.column(d.name(), d.effectiveExpr());
            if (d.dimensionType().orElse(Dimension.Type.CATEGORICAL) == Dimension.Type.TIME) {
                return time(item, col, d.timeGranularity().flatMap(TimeGranularity::parse).orElse(TimeGranularity.DAY));
            }
            return col;
        }
        Entity entity = model.entity(item.element()).orElseThrow();
        return read.column(entity.name(), entity.effectiveExpr());
    }

    private String time(GroupByItem item, String column, TimeGranularity defaultGrain) throws QueryCompileException {
        if (item.datePart().isPresent()) {
            return context.dialect().extract(item.datePart().get(), column);
        }
        if (item.grain().isPresent() && item.standardGrain().isEmpty()) {
            return customGrain(item.grain().get(), column);
        }
        return context.dialect().dateTrunc(item.standardGrain().orElse(defaultGrain), column);
    }

    /** A custom grain: the spine's column for it, on the spine row of {@code column}'s day. */
    private String customGrain(String grain, String column) throws QueryCompileException {
        String spineColumn = context.customGrainColumns().get(grain);
        if (spineColumn == null) {
            throw new QueryCompileException(QueryProblem.of(input, "'" + grain + "' is not a grain: use day, week, "
                    + "month, quarter, year" + (context.customGrains().isEmpty() ? "" : " or a custom grain of the "
                    + "time spine (" + String.join(", ", context.customGrains()) + ")")));
        }
        String day = context.dialect().dateTrunc(TimeGranularity.DAY, column);
        String alias = customJoins.computeIfAbsent(day, d -> "cg" + (customJoins.size() + 1));
        return alias + "." + spineColumn;
    }

    private QueryCompileException unreachable(GroupByItem item, String why) {
        String name = item.dunderName();
        List<String> reachable = new ArrayList<>(context.planner().reachableNames(measure.model()));
        String hint = ClosestMatch.closest(name, reachable).map(n -> " Did you mean '" + n + "'?")
                .orElse(" Reachable: " + String.join(", ", reachable.subList(0, Math.min(10, reachable.size())))
                        + (reachable.size() > 10 ? ", ..." : "") + ".");
        return new QueryCompileException(QueryProblem.of(input, "'" + name + "' cannot be reached from measure '"
                + measure.name() + "' (semantic model '" + measure.model().name() + "'): " + why + "." + hint));
    }

    private ModelRead join(List<JoinPlanner.JoinStep> steps) throws QueryCompileException {
        ModelRead left = root;
        StringBuilder key = new StringBuilder();
        List<Map.Entry<SemanticModel, ModelRead>> before = new ArrayList<>(List.of(Map.entry(measure.model(), root)));
        for (JoinPlanner.JoinStep step : steps) {
            key.append(step.entity()).append('>').append(step.right().name()).append('/');
            Joined existing = joins.get(key.toString());
            if (existing == null) {
                ModelRead right = new ModelRead(relation(step.right()), "m" + (joins.size() + 1), context.dialect());
                Entity l = step.left().entity(step.entity()).orElseThrow();
                Entity r = step.right().entity(step.entity()).orElseThrow();
                String condition = left.column(l.name(), l.effectiveExpr()) + " = " + right.column(r.name(), r.effectiveExpr())
                        + partitions(before, step.right(), right) + validity(step.right(), right);
                existing = new Joined(right, condition);
                joins.put(key.toString(), existing);
            }
            left = existing.read();
            before.add(Map.entry(step.right(), left));
        }
        return left;
    }

    /**
     * Partition dimensions ({@code is_partition}) of the joined model that a model joined before it (the
     * measure's first) also has by name join too, as in MetricFlow.
     */
    private String partitions(List<Map.Entry<SemanticModel, ModelRead>> before, SemanticModel rightModel, ModelRead right) {
        StringBuilder sb = new StringBuilder();
        for (Dimension r : rightModel.dimensions()) {
            if (!r.isPartition()) {
                continue;
            }
            for (Map.Entry<SemanticModel, ModelRead> left : before) {
                Optional<Dimension> l = left.getKey().dimension(r.name()).filter(Dimension::isPartition);
                if (l.isPresent()) {
                    SqlDialect d = context.dialect();
                    sb.append("\n    AND ").append(partitionValue(l.get(), left.getValue())).append(" = ")
                            .append(partitionValue(r, right));
                    break;
                }
            }
        }
        return sb.toString();
    }

    private String partitionValue(Dimension dimension, ModelRead read) {
        String column = read.column(dimension.name(), dimension.effectiveExpr());
        boolean time = dimension.dimensionType().filter(t -> t == Dimension.Type.TIME).isPresent();
        return time ? context.dialect().dateTrunc(TimeGranularity.DAY, column) : column;
    }

    /** See {@link SpinePlacement#shiftedCumulativeEnd}. */
    Optional<String> shiftedCumulativeEnd() {
        return SpinePlacement.shiftedCumulativeEnd(context.dialect(), shift, spineDay());
    }

    private String spineDay() {
        return SPINE + "." + context.dialect().quote(context.relations().timeSpine().dayColumn());
    }

    /** The SCD type-2 window condition when {@code model} has validity dimensions. */
    private String validity(SemanticModel model, ModelRead read) {
        Optional<Dimension> start = model.dimensions().stream()
                .filter(d -> d.validityParams().filter(v -> v.isStart()).isPresent()).findFirst();
        Optional<Dimension> end = model.dimensions().stream()
                .filter(d -> d.validityParams().filter(v -> v.isEnd()).isPresent()).findFirst();
        if (start.isEmpty() || end.isEmpty()) {
            return "";
        }
        String time = metricTimeDay();
        String from = read.column(start.get().name(), start.get().effectiveExpr());
        String to = read.column(end.get().name(), end.get().effectiveExpr());
        return "\n    AND " + time + " >= " + from + "\n    AND (" + time + " < " + to + " OR " + to + " IS NULL)";
    }

    private String metricColumn(GroupByItem item) throws QueryCompileException {
        String key = item.element() + item.groupBy();
        String existing = metricColumns.get(key);
        if (existing != null) {
            return existing;
        }
        if (item.groupBy().isEmpty()) {
            throw new QueryCompileException(QueryProblem.of(input, "Metric('" + item.element()
                    + "') in a filter needs group_by, for example Metric('" + item.element() + "', group_by=['"
                    + measure.model().primaryEntityName().orElse("entity") + "'])"));
        }
        List<RequestedItem> keys = new ArrayList<>();
        for (String name : item.groupBy()) {
            ParsedGroupBy parsed = GroupByParser.parse(name, context.customGrains());
            if (parsed.item().isEmpty()) {
                throw new QueryCompileException(QueryProblem.of(input, "Metric('" + item.element() + "') group_by '"
                        + name + "': " + parsed.problem().map(p -> p.message()).orElse("invalid")));
            }
            keys.add(new RequestedItem(parsed.item().get(), name));
        }
        String cte = context.metrics().cteFor(item.element(), keys, input);
        String alias = "mf" + (metricJoins.size() + 1);
        StringBuilder on = new StringBuilder();
        for (RequestedItem k : keys) {
            on.append(on.isEmpty() ? "" : " AND ").append(outerColumn(k.item())).append(" = ").append(alias).append('.')
                    .append(context.dialect().quote(k.column()));
        }
        metricJoins.add("LEFT OUTER JOIN " + cte + " " + alias + "\n  ON " + on);
        String column = alias + "." + context.dialect().quote(item.element());
        metricColumns.put(key, column);
        return column;
    }

    /**
     * The column of this scope a metric-in-filter key joins on: the key as named, or else (MetricFlow matches
     * {@code view__listing} to the outer {@code listing}) the entity it ends in.
     */
    private String outerColumn(GroupByItem key) throws QueryCompileException {
        try {
            return column(key);
        } catch (QueryCompileException e) {
            if (key.entityPath().isEmpty() || measure.model().entity(key.element()).isEmpty()) {
                throw e;
            }
            return column(new GroupByItem(ItemKind.ENTITY, key.element(), List.of(), Optional.empty(),
                    Optional.empty(), false, List.of()));
        }
    }

    /** The FROM clause: spine and model reads with their joins. Call after every column was asked for. */
    String from() {
        String spineCondition = shift instanceof TimeShift.None ? "" : spineCondition();
        StringBuilder sb = new StringBuilder("FROM ");
        if (shift instanceof TimeShift.None) {
            sb.append(root.render());
        } else {
            String day = context.relations().timeSpine().dayColumn();
            sb.append("(\n  SELECT ").append(day).append(" AS ").append(context.dialect().quote(day)).append(" FROM ")
                    .append(context.relations().timeSpine().relation()).append("\n) ").append(SPINE)
                    .append("\nINNER JOIN ").append(daily ? dailyRoot() : root.render()).append("\n  ON ").append(spineCondition);
        }
        for (Joined j : joins.values()) {
            sb.append("\nLEFT OUTER JOIN ").append(j.read().render()).append("\n  ON ").append(j.condition());
        }
        RelationResolver.TimeSpineRelation spine = context.relations().timeSpine();
        for (Map.Entry<String, String> c : customJoins.entrySet()) {
            sb.append("\nLEFT OUTER JOIN ").append(spine.relation()).append(' ').append(c.getValue()).append("\n  ON ")
                    .append(c.getValue()).append('.').append(spine.dayColumn()).append(" = ").append(c.getKey());
        }
        for (String m : metricJoins) {
            sb.append('\n').append(m);
        }
        return sb.toString();
    }

    /** The measure's model read per day: agg time truncated to the day, the measure pre-aggregated. */
    private String dailyRoot() {
        String value = "__measure_" + measure.name();
        Map<String, String> aggregates = DailyRollup.preAggregates(measure, value, DailyRollup.COUNT,
                root.expr(value).orElseThrow());
        String aggTime = measure.aggTime().name();
        Map<String, String> grouped = root.expr(aggTime)
                .map(e -> Map.of(aggTime, context.dialect().dateTrunc(TimeGranularity.DAY, e))).orElse(Map.of());
        return root.renderGrouped(aggregates, grouped);
    }

    private String spineCondition() {
        return SpinePlacement.condition(context.dialect(), shift,
                context.dialect().dateTrunc(TimeGranularity.DAY, aggTimeColumn()), spineDay());
    }
}
