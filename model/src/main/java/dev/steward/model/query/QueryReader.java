package dev.steward.model.query;

import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.SemanticProject;
import dev.steward.model.semantic.filter.GroupByItem;
import dev.steward.model.semantic.filter.GroupByParser;
import dev.steward.model.semantic.filter.ItemKind;
import dev.steward.model.semantic.filter.ParsedGroupBy;
import dev.steward.model.semantic.filter.TimeGranularity;
import dev.steward.model.text.ClosestMatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the parts of a {@link MetricQuery}: the metrics, the group-by items with their output names, the
 * order-by and the time range (widened to whole periods of the coarsest {@code metric_time} grain, as
 * MetricFlow does). Problems carry offsets into the comma-joined ({@code ", "}) list they are in.
 */
final class QueryReader {
    private static final String SEPARATOR = ", ";

    private final SemanticProject project;
    private final Set<String> customGrains;

    QueryReader(SemanticProject project, Set<String> customGrains) {
        this.project = project;
        this.customGrains = customGrains;
    }

    record OrderItem(String column, boolean descending) {
    }

    record Read(List<Metric> metrics, List<RequestedItem> keys, List<OrderItem> orderBy, Optional<LocalDate> start,
                Optional<LocalDate> end, List<ResultColumn> columns, Map<String, int[]> keyRanges) {

        /** {@code problem} pointed at the group-by item it names first (quoted), when it has no position yet. */
        QueryProblem located(QueryProblem problem) {
            if (!problem.input().equals("group-by") || problem.start() >= 0) {
                return problem;
            }
            for (Map.Entry<String, int[]> key : keyRanges.entrySet()) {
                if (problem.message().startsWith("'" + key.getKey() + "'")) {
                    return new QueryProblem(problem.input(), problem.message(), key.getValue()[0], key.getValue()[1]);
                }
            }
            return problem;
        }
    }

    Read read(MetricQuery query) throws QueryCompileException {
        List<QueryProblem> problems = new ArrayList<>();
        if (query.metrics().isEmpty() && query.groupBy().isEmpty()) {
            problems.add(QueryProblem.of("metrics", "Choose at least one metric or group-by item"));
        }
        List<Metric> metrics = new ArrayList<>();
        MetricCatalog catalog = new MetricCatalog(project);
        int offset = 0;
        for (String name : query.metrics()) {
            try {
                metrics.add(catalog.metric(name.strip(), "metrics"));
            } catch (QueryCompileException e) {
                problems.add(new QueryProblem("metrics", e.getMessage(), offset, offset + name.length()));
            }
            offset += name.length() + SEPARATOR.length();
        }
        List<RequestedItem> keys = new ArrayList<>();
        Map<String, int[]> keyRanges = new LinkedHashMap<>();
        offset = 0;
        for (String name : query.groupBy()) {
            ParsedGroupBy parsed = GroupByParser.parse(name, customGrains);
            if (parsed.item().isEmpty()) {
                int at = offset;
                problems.add(parsed.problem().map(p -> new QueryProblem("group-by", p.message(), at + p.start(), at + p.end()))
                        .orElse(new QueryProblem("group-by", "'" + name + "' is not a group-by name", at, at + name.length())));
            } else if (parsed.item().get().kind() == ItemKind.METRIC) {
                problems.add(new QueryProblem("group-by", "A metric cannot be a group-by item: '" + name + "'",
                        offset, offset + name.length()));
            } else if (keys.stream().anyMatch(k -> k.column().equals(
                    withDefaultGrain(parsed.item().get(), metrics).dunderName()))) {
                problems.add(new QueryProblem("group-by", "'" + name.strip() + "' is grouped by twice", offset,
                        offset + name.length()));
            } else {
                GroupByItem item = withFullPath(withDefaultGrain(parsed.item().get(), metrics), metrics);
                keys.add(new RequestedItem(item, item.dunderName()));
                keyRanges.put(item.dunderName(), new int[] {offset, offset + name.length()});
            }
            offset += name.length() + SEPARATOR.length();
        }
        List<OrderItem> orderBy = orderBy(query, metrics, keys, problems);
        if (query.limit().isPresent() && query.limit().getAsInt() < 0) {
            problems.add(QueryProblem.of("limit", "The limit must be 0 or more, not " + query.limit().getAsInt()));
        }
        if (query.timeStart().isPresent() && query.timeEnd().isPresent()
                && query.timeStart().get().isAfter(query.timeEnd().get())) {
            problems.add(QueryProblem.of("time", "The time range starts after it ends"));
        }
        if (!problems.isEmpty()) {
            throw new QueryCompileException(problems);
        }
        Optional<TimeGranularity> coarsest = keys.stream().filter(RequestedItem::isMetricTime)
                .flatMap(k -> k.item().standardGrain().stream()).max(Enum::compareTo);
        Optional<LocalDate> start = query.timeStart().map(s -> coarsest.map(g -> periodStart(s, g)).orElse(s));
        Optional<LocalDate> end = query.timeEnd().map(e -> coarsest.map(g -> periodEnd(e, g)).orElse(e));
        List<ResultColumn> columns = new ArrayList<>();
        keys.forEach(k -> columns.add(new ResultColumn(k.column(), ResultColumn.Role.GROUP_BY, temporal(k.item()))));
        metrics.forEach(m -> columns.add(new ResultColumn(m.name(), ResultColumn.Role.METRIC, false)));
        return new Read(metrics, keys, orderBy, start, end, columns, keyRanges);
    }

    private List<OrderItem> orderBy(MetricQuery query, List<Metric> metrics, List<RequestedItem> keys,
                                    List<QueryProblem> problems) {
        List<OrderItem> out = new ArrayList<>();
        int offset = 0;
        for (String text : query.orderBy()) {
            ParsedGroupBy parsed = GroupByParser.parseOrderBy(text, customGrains);
            int at = offset;
            offset += text.length() + SEPARATOR.length();
            if (parsed.item().isEmpty()) {
                problems.add(parsed.problem().map(p -> new QueryProblem("order-by", p.message(), at + p.start(), at + p.end()))
                        .orElse(new QueryProblem("order-by", "'" + text + "' is not an order-by name", at, at + text.length())));
                continue;
            }
            GroupByItem item = parsed.item().get();
            String bare = text.strip().startsWith("-") ? text.strip().substring(1).strip() : text.strip();
            Optional<String> column = keys.stream().filter(k -> k.column().equals(bare)
                    || k.item().dunderName().equals(withDefaultGrain(item, metrics).dunderName()))
                    .map(RequestedItem::column).findFirst();
            if (column.isEmpty() && item.entityPath().isEmpty() && item.grain().isEmpty()) {
                column = metrics.stream().map(Metric::name).filter(item.element()::equals).findFirst();
            }
            if (column.isEmpty()) {
                List<String> allowed = new ArrayList<>(keys.stream().map(RequestedItem::column).toList());
                metrics.forEach(m -> allowed.add(m.name()));
                problems.add(new QueryProblem("order-by", "'" + bare + "' is not in the query; order by a queried metric"
                        + " or group-by item" + ClosestMatch.closest(bare, allowed).map(n -> " (did you mean '" + n + "'?)")
                        .orElse(": " + String.join(", ", allowed)), at, at + text.length()));
                continue;
            }
            out.add(new OrderItem(column.get(), item.descending()));
        }
        return out;
    }

    /**
     * {@code item} with the entity path MetricFlow fills in when leading entities were left out
     * ({@code user__home_state} from bookings is named {@code listing__user__home_state}), resolved from the
     * first queried metric's semantic model.
     */
    private GroupByItem withFullPath(GroupByItem item, List<Metric> metrics) {
        if (item.entityPath().isEmpty() || metrics.isEmpty()) {
            return item;
        }
        MetricCatalog catalog = new MetricCatalog(project);
        return catalog.firstMeasureModel(metrics.getFirst())
                .flatMap(model -> new JoinPlanner(project).route(model, item.entityPath(), item.element()))
                .filter(route -> !route.links().equals(item.entityPath()))
                .map(route -> new GroupByItem(item.kind(), item.element(), route.links(), item.grain(), item.datePart(),
                        item.descending(), item.groupBy())).orElse(item);
    }

    /**
     * {@code item} with the grain MetricFlow gives a time dimension named without one, so the column is named
     * as MetricFlow names it ({@code metric_time} → {@code metric_time__day}): for {@code metric_time} the
     * coarsest {@code time_granularity} of the queried metrics (default day), else the dimension's own grain.
     */
    private GroupByItem withDefaultGrain(GroupByItem item, List<Metric> metrics) {
        if (item.grain().isPresent() || item.datePart().isPresent() || item.kind() == ItemKind.METRIC) {
            return item;
        }
        Optional<String> grain = Optional.empty();
        if (item.isMetricTime()) {
            MetricCatalog catalog = new MetricCatalog(project);
            grain = Optional.of(metrics.stream().map(catalog::defaultGrain).max(Enum::compareTo)
                    .orElse(TimeGranularity.DAY).keyword());
        } else if (!item.entityPath().isEmpty()) {
            grain = timeDimension(item).map(d -> d.timeGranularity().orElse("day"));
        }
        return grain.map(g -> new GroupByItem(item.kind(), item.element(), item.entityPath(), Optional.of(g),
                item.datePart(), item.descending(), item.groupBy())).orElse(item);
    }

    private boolean temporal(GroupByItem item) {
        if (item.datePart().isPresent()) {
            return false;
        }
        if (item.isMetricTime() || item.kind() == ItemKind.TIME_DIMENSION) {
            return true;
        }
        return timeDimension(item).isPresent();
    }

    /** The time dimension {@code item} names: {@code element} in a model identified by the last entity of the path. */
    private Optional<Dimension> timeDimension(GroupByItem item) {
        if (item.entityPath().isEmpty()) {
            return Optional.empty();
        }
        String last = item.entityPath().getLast();
        List<SemanticModel> models = new ArrayList<>(project.semanticModels().stream()
                .filter(m -> m.entity(last).isPresent() || m.primaryEntity().filter(last::equals).isPresent()).toList());
        models.sort(java.util.Comparator.comparing(m -> !JoinPlanner.isIdentity(m, last)));
        return models.stream().flatMap(m -> m.dimension(item.element()).stream())
                .filter(d -> d.dimensionType().filter(t -> t == Dimension.Type.TIME).isPresent()).findFirst();
    }

    static LocalDate periodStart(LocalDate date, TimeGranularity grain) {
        return switch (grain) {
            case WEEK -> date.minusDays(date.getDayOfWeek().getValue() - 1L);
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.withDayOfMonth(1).withMonth((date.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> date.withDayOfYear(1);
            default -> date;
        };
    }

    static LocalDate periodEnd(LocalDate date, TimeGranularity grain) {
        LocalDate start = periodStart(date, grain);
        return switch (grain) {
            case WEEK -> start.plusDays(6);
            case MONTH -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
            default -> date;
        };
    }
}
