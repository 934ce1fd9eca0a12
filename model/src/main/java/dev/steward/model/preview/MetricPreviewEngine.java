package dev.steward.model.preview;

import dev.steward.model.semantic.MetricSources;
import dev.steward.model.query.CompiledQuery;
import dev.steward.model.query.MetricQuery;
import dev.steward.model.query.MetricQueryCompiler;
import dev.steward.model.query.QueryCompileException;
import dev.steward.model.query.QueryProblem;
import dev.steward.model.query.RelationResolver;
import dev.steward.model.query.RelationResolver.TimeSpineRelation;
import dev.steward.model.query.SqlDialect;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.SemanticProject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The offline metric preview of a workspace: its semantic layer ({@link SemanticProject}) compiled by
 * {@link MetricQueryCompiler} and run over its seeds in H2 ({@link SeedDatabase}). Semantic models read
 * the seed named like their {@code ref()} model; the daily time spine is the project's spine model when it
 * has a seed, else a generated {@value #GENERATED_SPINE} table from the first of January a year before the
 * seeds' first date (offsets and cumulative windows look back) to the end of the month of their last date
 * (a cumulative metric would otherwise run on, flat, to the end of the spine).
 * Thread-safe for {@link #compile} and {@link #run}; {@link #close()} frees the database.
 */
public final class MetricPreviewEngine implements AutoCloseable {

    /** The most rows a preview keeps. */
    public static final int DEFAULT_ROW_CAP = 10_000;
    /** The generated time spine table and its day column. */
    public static final String GENERATED_SPINE = "steward_time_spine";
    public static final String GENERATED_SPINE_COLUMN = "date_day";

    private final SemanticProject project;
    private final SeedDatabase seeds;
    private final RelationResolver relations;
    private final QueryRunner runner;
    private final GroupByCatalog groupBys;
    private final MetricSources sources;

    private MetricPreviewEngine(SemanticProject project, SeedDatabase seeds, RelationResolver relations, int rowCap) {
        this.project = project;
        this.seeds = seeds;
        this.relations = relations;
        this.runner = new QueryRunner(seeds::queryConnection, rowCap);
        this.groupBys = new GroupByCatalog(project);
        this.sources = new MetricSources(project);
    }

    /** Reads the workspace's semantic layer and loads {@code workspace/seeds/*.csv}. */
    public static MetricPreviewEngine open(Path workspace) throws IOException, SQLException {
        SemanticProject project = SemanticProject.read(workspace);
        return open(project, SeedDatabase.load(workspace), DEFAULT_ROW_CAP);
    }

    /** Uses {@code seeds} (the engine closes it) for {@code project}. */
    public static MetricPreviewEngine open(SemanticProject project, SeedDatabase seeds, int rowCap) throws SQLException {
        try {
            indexEntities(project, seeds);
            return new MetricPreviewEngine(project, seeds, new SeedRelations(seeds.report(), timeSpine(project, seeds)), rowCap);
        } catch (SQLException | RuntimeException e) {
            seeds.close();
            throw e;
        }
    }

    /** Indexes the seed columns entities name, so joins along entities are lookups, not nested scans. */
    private static void indexEntities(SemanticProject project, SeedDatabase seeds) throws SQLException {
        for (SemanticModel m : project.semanticModels()) {
            Optional<SeedLoad.SeedTable> table = SeedRelations.tableName(m).flatMap(t -> seeds.report().table(t));
            if (table.isEmpty()) {
                continue;
            }
            for (var entity : m.entities()) {
                String column = entity.effectiveExpr().strip();
                if (table.get().column(column).isPresent()) {
                    seeds.createIndex(table.get().name(), column);
                }
            }
        }
    }

    private static TimeSpineRelation timeSpine(SemanticProject project, SeedDatabase seeds) throws SQLException {
        Optional<TimeSpineRelation> seeded = WarehouseRelations.dailySpine(project).flatMap(t -> {
            Optional<String> table = t.model().or(() -> t.nodeRelation().flatMap(n -> n.alias()));
            String column = t.primaryColumn().orElse(WarehouseRelations.LEGACY_SPINE_COLUMN);
            return table.flatMap(name -> seeds.report().table(name))
                    .filter(seed -> seed.column(column).isPresent())
                    .map(seed -> new TimeSpineRelation(SeedTableLoader.quote(seed.name()), column));
        });
        if (seeded.isPresent()) {
            return seeded.get();
        }
        SeedDatabase.DayRange range = seeds.dateRange().orElseGet(() -> {
            LocalDate today = LocalDate.now();
            return new SeedDatabase.DayRange(today, today);
        });
        seeds.createTimeSpine(GENERATED_SPINE, GENERATED_SPINE_COLUMN,
                new SeedDatabase.DayRange(range.first().minusYears(1).withDayOfYear(1),
                        range.last().withDayOfMonth(range.last().lengthOfMonth())));
        return new TimeSpineRelation(SeedTableLoader.quote(GENERATED_SPINE), GENERATED_SPINE_COLUMN);
    }

    public SemanticProject project() {
        return project;
    }

    /** What the seeds held and what was wrong with them. */
    public SeedLoad seeds() {
        return seeds.report();
    }

    /** A SELECT-only connection to the seed database (see {@link SeedDatabase#queryConnection()}). */
    public java.sql.Connection seedsConnection() throws SQLException {
        return seeds.queryConnection();
    }

    public RelationResolver relations() {
        return relations;
    }

    /** Every metric of the project, by name. */
    public List<MetricSummary> metrics() {
        return project.metrics().stream().map(MetricSummary::of)
                .sorted(Comparator.comparing(MetricSummary::name)).toList();
    }

    /** The group-by names valid for all of {@code metrics} (see {@link GroupByCatalog}). */
    public List<String> groupByNames(Collection<String> metrics) {
        return groupBys.groupByNames(metrics);
    }

    /**
     * Compiles {@code query} for {@code dialect}. Every model the metrics read must have seed data;
     * {@code dialect} only changes the SQL text (running always uses H2).
     */
    public CompiledQuery compile(MetricQuery query, SqlDialect dialect) throws QueryCompileException {
        List<QueryProblem> missing = missingSeeds(query.metrics());
        if (!missing.isEmpty()) {
            throw new QueryCompileException(missing);
        }
        return new MetricQueryCompiler(project, relations, dialect).compile(query);
    }

    /** Compiles {@code query} for H2 and runs it over the seeds. */
    public QueryResult run(MetricQuery query, Cancellation cancellation) throws QueryCompileException, QueryExecutionException {
        return runCompiled(compile(query, SqlDialect.H2), cancellation);
    }

    /**
     * Runs SQL from {@link #compile} (for H2) over the seeds. When the query costs H2 more memory than the
     * JVM has, H2 drops the whole in-memory database: the message then says so, and {@link #lost()} is
     * true (open the engine again to reload the seeds).
     */
    public QueryResult runCompiled(CompiledQuery compiled, Cancellation cancellation) throws QueryExecutionException {
        try {
            return runner.run(compiled, cancellation);
        } catch (QueryExecutionException e) {
            if (!e.cancelled() && lost()) {
                throw new QueryExecutionException("The preview database was dropped while running this query ("
                        + e.getMessage() + "); the seeds must be loaded again. Narrow the query (a where filter, "
                        + "a coarser grain, a time range) before running it again.", false);
            }
            throw e;
        }
    }

    /** Whether the seed database is gone (H2 ran out of memory, or the engine was closed). */
    public boolean lost() {
        try (java.sql.Connection c = seeds.queryConnection()) {
            return false;
        } catch (SQLException e) {
            return true;
        }
    }

    private List<QueryProblem> missingSeeds(List<String> metrics) {
        Set<SemanticModel> models = new LinkedHashSet<>();
        metrics.forEach(m -> models.addAll(sources.models(m)));
        List<QueryProblem> out = new ArrayList<>();
        for (SemanticModel m : models) {
            if (relations.relation(m).isEmpty()) {
                String table = SeedRelations.tableName(m).orElse(m.name());
                out.add(QueryProblem.of("metrics", "no seed data for model '" + table + "' (looked for seeds/"
                        + table + ".csv)"));
            }
        }
        return out;
    }

    /** The metric called {@code name}, if the project has it. */
    public Optional<Metric> metric(String name) {
        return project.metric(name);
    }

    @Override
    public void close() {
        seeds.close();
    }
}
