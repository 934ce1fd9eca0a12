package dev.steward.model.query.golden;

import dev.steward.model.query.CompiledQuery;
import dev.steward.model.query.MetricQuery;
import dev.steward.model.query.MetricQueryCompiler;
import dev.steward.model.query.QueryCompileException;
import dev.steward.model.query.QueryProblem;
import dev.steward.model.query.SqlDialect;
import dev.steward.model.semantic.SemanticProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs golden cases against one database holding the snapshots in {@code schema}: the rendered check query
 * gives the expected rows, {@link MetricQueryCompiler} with {@code dialect} the actual ones.
 */
final class GoldenRunner {
    static final String SCHEMA = "sl_src";
    private static final int TIMEOUT_SECONDS = 60;

    /** Check queries H2 cannot finish within the timeout, with why (CheckQueriesRunOnH2Test keeps proving it). */
    static final Map<String, String> TOO_SLOW_ON_H2 = Map.of(
            "custom_offset_window_with_grain_and_date_part",
            "check query too slow on H2: window functions over the daily time spine (14,976 rows) joined to itself");

    private final Path metricflow;
    private final Connection checkConnection;
    private final Connection connection;
    private final CheckQueryDialect checkDialect;
    private final SqlDialect dialect;
    private final CheckQueryRenderer renderer;
    private final Map<String, SemanticProject> projects = new HashMap<>();

    /** {@code checkConnection} runs check queries, {@code connection} compiled ones (both hold the snapshots). */
    GoldenRunner(Path metricflow, Connection checkConnection, Connection connection, CheckQueryDialect checkDialect,
                 SqlDialect dialect) {
        this.metricflow = metricflow;
        this.checkConnection = checkConnection;
        this.connection = connection;
        this.checkDialect = checkDialect;
        this.dialect = dialect;
        this.renderer = new CheckQueryRenderer(checkDialect, SCHEMA);
    }

    /** The case's required engine feature this engine lacks, if any (MetricFlow skips such cases). */
    Optional<String> missingFeature(GoldenCase c) {
        return c.requiredFeatures().stream().filter(f -> !checkDialect.supports(f)).findFirst();
    }

    String renderedCheckQuery(GoldenCase c) {
        return renderer.render(c.checkQuery());
    }

    ResultTable expected(GoldenCase c) throws SQLException {
        try (Statement statement = checkConnection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet rows = statement.executeQuery(renderedCheckQuery(c))) {
                return ResultTable.read(rows);
            }
        }
    }

    CompiledQuery compile(GoldenCase c) throws QueryCompileException, GoldenQueryTranslation.Unsupported {
        SemanticProject project = project(c);
        MetricQuery query = GoldenQueryTranslation.translate(c, project, renderer);
        return new MetricQueryCompiler(project, new GoldenRelations(project, SCHEMA), dialect).compile(query);
    }

    ResultTable actual(CompiledQuery compiled) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(compiled.sql())) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            List<Object> parameters = compiled.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                return ResultTable.read(rows);
            }
        }
    }

    /** Compiles, runs and compares one case; never throws for a case's own failure. Slow cases are printed. */
    CaseOutcome run(GoldenCase c) {
        long start = System.nanoTime();
        CaseOutcome outcome = runTimed(c);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > 3000) {
            System.out.println("slow golden case (" + dialect.id() + "): " + c.name() + " took " + millis + " ms");
        }
        return outcome;
    }

    private CaseOutcome runTimed(GoldenCase c) {
        Optional<String> missing = missingFeature(c);
        if (missing.isPresent()) {
            return CaseOutcome.skipped(c.name(), "engine lacks " + missing.get());
        }
        if (checkDialect == CheckQueryDialect.H2 && TOO_SLOW_ON_H2.containsKey(c.name())) {
            return CaseOutcome.skipped(c.name(), TOO_SLOW_ON_H2.get(c.name()));
        }
        ResultTable expected;
        try {
            expected = expected(c);
        } catch (SQLException | RuntimeException e) {
            return checkDialect == CheckQueryDialect.H2 && stopsAtFullOuterJoin(c, e)
                    ? CaseOutcome.skipped(c.name(), "check query needs FULL OUTER JOIN, which H2 lacks")
                    : CaseOutcome.failed(c.name(), "check query does not run: " + firstLine(e.getMessage()));
        }
        CompiledQuery compiled;
        try {
            compiled = compile(c);
        } catch (GoldenQueryTranslation.Unsupported e) {
            return CaseOutcome.failed(c.name(), "not expressible as a MetricQuery: " + e.getMessage());
        } catch (QueryCompileException e) {
            return CaseOutcome.failed(c.name(), "compile: " + describe(e));
        } catch (RuntimeException e) {
            return CaseOutcome.failed(c.name(), "compiler crashed: " + e);
        }
        ResultTable actual;
        try {
            actual = actual(compiled);
        } catch (SQLException | RuntimeException e) {
            return CaseOutcome.failed(c.name(), "compiled SQL does not run: " + firstLine(e.getMessage()));
        }
        return ResultTable.difference(actual, expected, c.checkOrder(), c.allowEmpty())
                .map(d -> CaseOutcome.failed(c.name(), "rows differ: " + d))
                .orElseGet(() -> CaseOutcome.passed(c.name())).withRows(actual);
    }

    /** H2 has no FULL OUTER JOIN, which many check queries use to combine metrics: true when that is why it failed. */
    static boolean stopsAtFullOuterJoin(GoldenCase c, Exception e) {
        return c.checkQuery().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").contains("FULL OUTER JOIN")
                && String.valueOf(e.getMessage()).contains("FULL [*]OUTER");
    }

    private SemanticProject project(GoldenCase c) {
        return projects.computeIfAbsent(c.manifestFolder(), folder -> {
            try {
                return SemanticProject.read(metricflow.resolve("semantic_manifest_yamls").resolve(folder));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static String describe(QueryCompileException e) {
        QueryProblem p = e.problems().isEmpty() ? null : e.problems().getFirst();
        return p == null ? String.valueOf(e.getMessage()) : p.input() + ": " + firstLine(p.message());
    }

    static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }

    /** What happened to one case; {@code rows} are the compiled query's rows when it ran (else null). */
    record CaseOutcome(String name, Status status, String message, ResultTable rows) {
        enum Status { PASSED, FAILED, SKIPPED }

        static CaseOutcome passed(String name) {
            return new CaseOutcome(name, Status.PASSED, "", null);
        }

        static CaseOutcome failed(String name, String message) {
            return new CaseOutcome(name, Status.FAILED, message, null);
        }

        static CaseOutcome skipped(String name, String message) {
            return new CaseOutcome(name, Status.SKIPPED, message, null);
        }

        CaseOutcome withRows(ResultTable actual) {
            return new CaseOutcome(name, status, message, actual);
        }
    }
}
