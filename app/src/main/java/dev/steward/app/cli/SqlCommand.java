package dev.steward.app.cli;

import dev.steward.model.preview.MetricPreviewEngine;
import dev.steward.model.preview.WarehouseRelations;
import dev.steward.model.query.CompiledQuery;
import dev.steward.model.query.MetricQuery;
import dev.steward.model.query.MetricQueryCompiler;
import dev.steward.model.query.SqlDialect;
import dev.steward.model.semantic.SemanticProject;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code steward sql --metrics ... [--dialect h2|postgres]}: prints the SQL {@code steward query} would run.
 * For H2 the models read the workspace's seed tables (what the preview runs); for PostgreSQL the tables the
 * models ref, and the project's time spine model.
 */
@Command(name = "sql", mixinStandardHelpOptions = true, versionProvider = StewardCommand.Version.class,
        description = "Print the SQL of a metric query without running it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:SQL printed", "1:the seeds could not be loaded",
            "2:bad usage, unreadable workspace or a query that cannot be compiled", "3:internal error"})
final class SqlCommand implements Callable<Integer> {

    @Mixin
    MetricQueryOptions options;

    @Option(names = "--dialect", paramLabel = "h2|postgres", defaultValue = "h2",
            description = "SQL dialect. Default: ${DEFAULT-VALUE}.")
    String dialect;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return MetricCommandRun.guarded("sql", spec, (out, err) -> {
            SqlDialect target = SqlDialect.forId(dialect).orElseThrow(() -> new MetricQueryOptions.UsageException(
                    "--dialect " + dialect + " is not supported; use h2 or postgres"));
            MetricQuery query = options.query();
            SemanticProject project = MetricCommandRun.project(options.workspace);
            CompiledQuery compiled;
            if (target == SqlDialect.H2) {
                try (MetricPreviewEngine engine = MetricCommandRun.seedEngine(options.workspace, project, 1)) {
                    compiled = engine.compile(query, target);
                }
            } else {
                compiled = new MetricQueryCompiler(project, new WarehouseRelations(project), target).compile(query);
            }
            out.println(compiled.sql().strip());
            if (!compiled.parameters().isEmpty()) {
                out.println("-- parameters, in order: " + compiled.parameters());
            }
            return StewardCommand.OK;
        });
    }
}
