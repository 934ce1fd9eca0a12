package dev.steward.app.cli;

import dev.steward.model.preview.Cancellation;
import dev.steward.model.preview.MetricPreviewEngine;
import dev.steward.model.preview.QueryResult;
import dev.steward.model.preview.QueryRunner;
import dev.steward.model.preview.WarehouseRelations;
import dev.steward.model.query.CompiledQuery;
import dev.steward.model.query.MetricQuery;
import dev.steward.model.query.MetricQueryCompiler;
import dev.steward.model.query.SqlDialect;
import dev.steward.model.semantic.SemanticProject;
import java.sql.DriverManager;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code steward query --metrics m1,m2 [--group-by ...] [--where ...] [--order-by ...] [--limit N]
 * [--format table|csv|json] [--workspace DIR] [--jdbc URL]}: compiles a metric query and prints its rows.
 * By default it runs over the workspace's seeds in an in-memory H2 database; with {@code --jdbc} over that
 * database (PostgreSQL dialect for {@code jdbc:postgresql:} URLs), reading the tables the models ref.
 */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = StewardCommand.Version.class,
        description = "Query metrics of the workspace's semantic layer and print the rows.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:rows printed", "1:the database could not run the query",
            "2:bad usage, unreadable workspace or a query that cannot be compiled", "3:internal error"})
final class QueryCommand implements Callable<Integer> {

    /** The most rows printed; more are cut with a note on stderr. */
    static final int ROW_CAP = 1_000_000;
    static final String PASSWORD_VARIABLE = "STEWARD_JDBC_PASSWORD";

    @Mixin
    MetricQueryOptions options;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "Output format. Default: ${DEFAULT-VALUE}.")
    ResultFormat format;

    @Option(names = "--jdbc", paramLabel = "URL",
            description = "Run against this database instead of the seeds (jdbc:postgresql://host/db or jdbc:h2:...). "
                    + "The password, if any, is read from $" + PASSWORD_VARIABLE + ".")
    String jdbc;

    @Option(names = "--user", paramLabel = "USER", description = "The database user for --jdbc.")
    String user;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return MetricCommandRun.guarded("query", spec, (out, err) -> {
            MetricQuery query = options.query();
            SemanticProject project = MetricCommandRun.project(options.workspace);
            QueryResult result;
            if (jdbc != null) {
                SqlDialect dialect = dialectOf(jdbc);
                CompiledQuery compiled = new MetricQueryCompiler(project, new WarehouseRelations(project), dialect)
                        .compile(query);
                String password = System.getenv(PASSWORD_VARIABLE);
                result = new QueryRunner(() -> DriverManager.getConnection(jdbc, user, password), ROW_CAP)
                        .run(compiled, Cancellation.none());
            } else {
                try (MetricPreviewEngine engine = MetricCommandRun.seedEngine(options.workspace, project, ROW_CAP)) {
                    result = engine.run(query, Cancellation.none());
                }
            }
            out.print(format.render(result));
            if (result.truncated()) {
                err.println("steward query: only the first " + ROW_CAP + " rows are shown; use --limit");
            }
            return StewardCommand.OK;
        });
    }

    /** PostgreSQL for {@code jdbc:postgresql:}, H2 for {@code jdbc:h2:}; anything else is a usage error. */
    static SqlDialect dialectOf(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:postgresql:")) {
            return SqlDialect.POSTGRES;
        }
        if (u.startsWith("jdbc:h2:")) {
            return SqlDialect.H2;
        }
        throw new MetricQueryOptions.UsageException("--jdbc " + url.replaceAll("password=[^&;]*", "password=***")
                + " is not supported; use a jdbc:postgresql: or jdbc:h2: URL");
    }
}
