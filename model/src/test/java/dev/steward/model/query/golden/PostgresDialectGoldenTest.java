package dev.steward.model.query.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.query.QueryCompileException;
import dev.steward.model.query.SqlDialect;
import dev.steward.model.query.golden.GoldenRunner.CaseOutcome;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every MetricFlow case compiled with {@link SqlDialect#POSTGRES} on a real PostgreSQL holding the snapshots:
 * the rows must equal the case's check query there and the rows of the same case compiled for and run on H2.
 * The server is {@code STEWARD_TEST_PG_URL} ({@code .ci/run} starts one); the test is skipped when it is
 * unset or unreachable. Known failures: {@code expected-failures-postgres.txt} ({@link ExpectedFailures}).
 */
class PostgresDialectGoldenTest {
    static final String URL_VARIABLE = "STEWARD_TEST_PG_URL";
    static final ExpectedFailures EXPECTED = new ExpectedFailures("expected-failures-postgres.txt",
            PostgresDialectGoldenTest.class.getSimpleName(), """
            MetricFlow golden cases that MetricQueryCompiler (PostgreSQL, and = H2) fails today:
            <case> | <first line of the failure>.
            PostgresDialectGoldenTest fails when a case not listed here fails, and when a listed case passes.""");

    @Test
    void postgresRowsEqualCheckQueriesAndH2() throws Exception {
        Path metricflow = GoldenDatabase.metricflow();
        try (Connection pg = postgres()) {
            TableSnapshots.load(pg, GoldenRunner.SCHEMA, metricflow.resolve("source_table_snapshots"));
            List<GoldenCase> cases = GoldenCase.readAll(metricflow.resolve("integration_test_cases"));
            List<CaseOutcome> outcomes = new ArrayList<>();
            try (Connection h2 = GoldenDatabase.h2(metricflow, "pg_equality", false)) {
                GoldenRunner pgRunner = new GoldenRunner(metricflow, pg, pg, CheckQueryDialect.POSTGRES,
                        SqlDialect.POSTGRES);
                GoldenRunner h2Runner = new GoldenRunner(metricflow, h2, h2, CheckQueryDialect.H2, SqlDialect.H2);
                for (GoldenCase c : cases) {
                    CaseOutcome outcome = pgRunner.run(c);
                    if (outcome.status() == CaseOutcome.Status.PASSED) {
                        CaseOutcome pgOutcome = outcome;
                        outcome = sameAsH2(c, pgOutcome, h2Runner).map(d -> CaseOutcome.failed(c.name(),
                                "PostgreSQL rows equal the check query, H2 differs (got = H2): " + d)).orElse(outcome);
                    }
                    outcomes.add(outcome);
                }
            }
            System.out.println(ExpectedFailures.summary("MetricFlow golden (PostgreSQL, and = H2)", outcomes));
            if (ExpectedFailures.writeRequested()) {
                System.out.println("Rewrote " + EXPECTED.write(outcomes));
                return;
            }
            List<String> problems = ExpectedFailures.discrepancies(outcomes, EXPECTED.read());
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }
    }

    /** How the H2 rows differ from the PostgreSQL rows (or why H2 has none); empty when they are equal. */
    private static Optional<String> sameAsH2(GoldenCase c, CaseOutcome postgres, GoldenRunner h2Runner) {
        ResultTable h2Rows;
        long start = System.nanoTime();
        try {
            h2Rows = h2Runner.actual(h2Runner.compile(c));
        } catch (QueryCompileException e) {
            return Optional.of("H2 compile: " + GoldenRunner.describe(e));
        } catch (Exception e) {
            return Optional.of("the H2 query does not run: " + GoldenRunner.firstLine(e.getMessage()));
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > 3000) {
                System.out.println("slow H2 rows for " + c.name() + ": " + millis + " ms");
            }
        }
        return ResultTable.difference(h2Rows, postgres.rows(), c.checkOrder(), true);
    }

    private static Connection postgres() {
        String url = System.getProperty("steward.test.pg.url", System.getenv(URL_VARIABLE));
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                URL_VARIABLE + " is not set (.ci/run starts a PostgreSQL and sets it); PostgreSQL golden test skipped");
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            Assumptions.abort("no PostgreSQL reachable at " + URL_VARIABLE + " (" + e.getMessage()
                    + "); PostgreSQL golden test skipped");
            throw new IllegalStateException(e);
        }
    }
}
