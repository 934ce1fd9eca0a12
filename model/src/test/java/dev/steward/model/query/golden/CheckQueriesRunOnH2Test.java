package dev.steward.model.query.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.query.SqlDialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Proves the golden harness: every MetricFlow check query renders for H2 and runs on the loaded snapshots,
 * except those that stop at FULL OUTER JOIN (H2 has none; PostgresDialectGoldenTest covers them). Cases whose
 * required engine feature H2 lacks are skipped, as MetricFlow skips them, and so are the check queries known to
 * be too slow for H2 ({@link GoldenRunner#TOO_SLOW_ON_H2}; not run, so a timeout cannot make the test flaky).
 */
class CheckQueriesRunOnH2Test {

    @Test
    void everyCheckQueryRendersAndRunsOnH2() throws Exception {
        Path metricflow = GoldenDatabase.metricflow();
        List<GoldenCase> cases = GoldenCase.readAll(metricflow.resolve("integration_test_cases"));
        assertTrue(cases.size() > 200, "expected the MetricFlow integration cases, found " + cases.size());
        Map<String, String> failures = new TreeMap<>();
        Map<String, String> fullOuterJoin = new TreeMap<>();
        int ran = 0;
        int skipped = 0;
        try (Connection h2 = GoldenDatabase.h2(metricflow, "check_queries", true)) {
            GoldenRunner runner = new GoldenRunner(metricflow, h2, h2, CheckQueryDialect.H2, SqlDialect.H2);
            for (GoldenCase c : cases) {
                if (runner.missingFeature(c).isPresent() || GoldenRunner.TOO_SLOW_ON_H2.containsKey(c.name())) {
                    skipped++;
                    continue;
                }
                try {
                    ResultTable rows = runner.expected(c);
                    ran++;
                    if (rows.rows().isEmpty() && !c.allowEmpty()) {
                        failures.put(c.name(), "returned no rows");
                    }
                } catch (Exception e) {
                    (GoldenRunner.stopsAtFullOuterJoin(c, e) ? fullOuterJoin : failures).put(c.name(),
                            GoldenRunner.firstLine(e.getMessage()));
                }
            }
        }
        System.out.println("Check queries on H2: " + ran + " ran, " + failures.size() + " failed, "
                + fullOuterJoin.size() + " stop at FULL OUTER JOIN, " + skipped + " skipped (engine feature, "
                + "too slow: " + GoldenRunner.TOO_SLOW_ON_H2 + ")");
        failures.forEach((name, why) -> System.out.println("  " + name + ": " + why));
        assertEquals(Map.of(), failures, "check queries that do not run on H2");
    }
}
