package dev.steward.model.query.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.query.SqlDialect;
import dev.steward.model.query.golden.GoldenRunner.CaseOutcome;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every MetricFlow integration case through {@code MetricQueryCompiler} (H2) against its check query, rows
 * compared like MetricFlow's test. Known failures live in {@code expected-failures-h2.txt} (see
 * {@link ExpectedFailures}): after improving the compiler, run with {@code -Dgolden.writeExpected=true} and
 * review the diff of that file.
 */
class MetricFlowGoldenTest {
    static final ExpectedFailures EXPECTED = new ExpectedFailures("expected-failures-h2.txt",
            MetricFlowGoldenTest.class.getSimpleName(), """
            MetricFlow golden cases that MetricQueryCompiler (H2) fails today:
            <case> | <first line of the failure>.
            MetricFlowGoldenTest fails when a case not listed here fails, and when a listed case passes.""");

    @Test
    void goldenCasesMatchTheirCheckQueries() throws Exception {
        Path metricflow = GoldenDatabase.metricflow();
        List<GoldenCase> cases = GoldenCase.readAll(metricflow.resolve("integration_test_cases"));
        List<CaseOutcome> outcomes = new ArrayList<>();
        try (Connection check = GoldenDatabase.h2(metricflow, "golden_check", true);
             Connection compiled = GoldenDatabase.h2(metricflow, "golden_compiled", false)) {
            GoldenRunner runner = new GoldenRunner(metricflow, check, compiled, CheckQueryDialect.H2, SqlDialect.H2);
            for (GoldenCase c : cases) {
                outcomes.add(runner.run(c));
            }
        }
        System.out.println(ExpectedFailures.summary("MetricFlow golden (H2)", outcomes));
        if (ExpectedFailures.writeRequested()) {
            System.out.println("Rewrote " + EXPECTED.write(outcomes));
            return;
        }
        Map<String, String> expected = EXPECTED.read();
        List<String> problems = ExpectedFailures.discrepancies(outcomes, expected);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
