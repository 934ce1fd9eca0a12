package dev.steward.model.query;

import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.SemanticProject;
import dev.steward.model.semantic.filter.ParsedFilter;
import dev.steward.model.semantic.filter.WhereFilterParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiles a {@link MetricQuery} to SQL the way MetricFlow does (research/semantic.md §3): joins along
 * entities onto primary/unique/natural keys only, up to two hops; ratio, derived (with offsets), cumulative
 * and conversion metrics; several metrics combined on their group-by keys. The SQL is a chain of CTEs, one
 * per measure aggregation, metric and combination, readable top to bottom. Stateless between calls.
 */
public final class MetricQueryCompiler {
    private final SemanticProject project;
    private final RelationResolver relations;
    private final SqlDialect dialect;

    public MetricQueryCompiler(SemanticProject project, RelationResolver relations, SqlDialect dialect) {
        this.project = project;
        this.relations = relations;
        this.dialect = dialect;
    }

    public CompiledQuery compile(MetricQuery query) throws QueryCompileException {
        Map<String, String> customGrainColumns = new LinkedHashMap<>();
        project.timeSpines().stream().flatMap(t -> t.customGranularities().stream())
                .forEach(g -> customGrainColumns.putIfAbsent(g.name(), g.columnName().orElse(g.name())));
        Set<String> customGrains = customGrainColumns.keySet();
        QueryReader reader = new QueryReader(project, customGrains);
        QueryReader.Read read = reader.read(query);
        CteList ctes = new CteList();
        MetricBuilder[] builder = new MetricBuilder[1];
        MetricCatalog catalog = new MetricCatalog(project);
        CompileContext context = new CompileContext(catalog, new JoinPlanner(project), relations, dialect, ctes,
                customGrainColumns, (metric, keys, input) -> builder[0].build(catalog.metric(metric, input),
                new BranchRequest(keys, QueryFilters.NONE, List.of(), TimeShift.NONE, metric)).cte());
        builder[0] = new MetricBuilder(context);
        QueryFilters filters = new QueryFilters(query.where().filter(w -> !w.isBlank())
                .map(w -> WhereFilterParser.parse(w, customGrains)), read.start(), read.end());
        if (filters.where().filter(ParsedFilter::isValid).isEmpty() && filters.where().isPresent()) {
            ParsedFilter bad = filters.where().get();
            throw new QueryCompileException(bad.problems().stream()
                    .map(p -> new QueryProblem("where", p.message(), p.start(), p.end())).toList());
        }
        List<MetricBranch> branches = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Metric metric : read.metrics()) {
            try {
                branches.add(builder[0].build(metric, new BranchRequest(read.keys(), filters, List.of(),
                        TimeShift.NONE, metric.name())));
            } catch (QueryCompileException e) {
                throw new QueryCompileException(e.problems().stream().map(read::located).toList());
            }
            names.add(metric.name());
        }
        List<String> keyColumns = read.keys().stream().map(RequestedItem::column).toList();
        String combined = branches.isEmpty() ? new DimensionValuesBuilder(context).build(read.keys(), filters)
                : new BranchCombiner(context).combine(branches, names, keyColumns, "query");
        Sql.Writer select = new Sql.Writer().add("SELECT\n  ");
        List<String> columns = new ArrayList<>();
        keyColumns.forEach(k -> columns.add("q." + dialect.quote(k)));
        names.forEach(n -> columns.add("q." + dialect.quote(n)));
        select.add(String.join("\n  , ", columns)).add("\nFROM ").add(combined).add(" q");
        if (!read.orderBy().isEmpty()) {
            select.add("\nORDER BY ").add(String.join(", ", read.orderBy().stream()
                    .map(o -> "q." + dialect.quote(o.column()) + (o.descending() ? " DESC" : "")).toList()));
        }
        query.limit().ifPresent(l -> select.add("\nLIMIT " + l));
        Sql sql = ctes.render(select.build(), dialect.inlinesCommonTableExpressions());
        return new CompiledQuery(sql.text(), sql.parameters(), read.columns(), dialect.id());
    }
}
