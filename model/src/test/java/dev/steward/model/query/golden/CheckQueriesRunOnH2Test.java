package dev.steward.model.query.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Proves the golden harness: every MetricFlow check query renders for H2 and runs on the loaded snapshots,
 * except those that need FULL OUTER JOIN (H2 has none; PostgresDialectGoldenTest covers them) and the few
 * listed in {@link #CANNOT_RUN}. Cases whose required engine feature H2 lacks are skipped, as MetricFlow skips them.
 */
class CheckQueriesRunOnH2Test {

    /** Check queries that cannot run on H2 for another reason, with why; each must keep failing. */
    private static final Map<String, String> CANNOT_RUN = GoldenRunner.TOO_SLOW_ON_H2;

    @Test
    void everyCheckQueryRendersAndRunsOnH2() throws Exception {
        Path metricflow = GoldenDatabase.metricflow();
        List<GoldenCase> cases = GoldenCase.readAll(metricflow.resolve("integration_test_cases"));
        assertTrue(cases.size() > 200, "expected the MetricFlow integration cases, found " + cases.size());
        Map<String, String> failures = new TreeMap<>();
        int ran = 0;
        int skipped = 0;
        Map<String, String> fullOuterJoin = new TreeMap<>();
        try (Connection h2 = GoldenDatabase.h2(metricflow, "check_queries", true)) {
            GoldenRunner runner = new GoldenRunner(metricflow, h2, h2, CheckQueryDialect.H2,
                    dev.steward.model.query.SqlDialect.H2);
            for (GoldenCase c : cases) {
                if (runner.missingFeature(c).isPresent()) {
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
                    (GoldenRunner.needsFullOuterJoin(c) ? fullOuterJoin : failures).put(c.name(),
                            GoldenRunner.firstLine(e.getMessage()));
                }
            }
        }
        System.out.println("Check queries on H2: " + ran + " ran, " + failures.size() + " failed, "
                + fullOuterJoin.size() + " need FULL OUTER JOIN, " + skipped + " skipped (engine feature)");
        failures.forEach((name, why) -> System.out.println("  " + name + ": " + why));
        assertEquals(CANNOT_RUN.keySet(), failures.keySet(), "check queries that do not run on H2: " + failures);
        assertTrue(fullOuterJoin.values().stream().allMatch(m -> m.contains("FULL")),
                "check queries with FULL OUTER JOIN that fail for another reason: " + fullOuterJoin);
    }
}
