/**
 * The MetricFlow golden harness: MetricFlow's own integration cases
 * ({@code shared/corpus/semantic/metricflow/integration_test_cases}) run through {@code MetricQueryCompiler}
 * on the cases' table snapshots, compared with each case's hand-written {@code check_query}.
 * <ul>
 *   <li>{@code CheckQueriesRunOnH2Test}: the harness itself (every check query renders and runs on H2).</li>
 *   <li>{@code MetricFlowGoldenTest}: H2; known failures in {@code expected-failures-h2.txt}.</li>
 *   <li>{@code PostgresDialectGoldenTest}: PostgreSQL at {@code STEWARD_TEST_PG_URL} (started by
 *       {@code .ci/run}); rows must equal the check query and the H2 rows; known failures in
 *       {@code expected-failures-postgres.txt}.</li>
 *   <li>{@code CorpusWhereFiltersCompileTest}: every corpus where filter compiles with the restricted grammar.</li>
 * </ul>
 * After changing the compiler, regenerate a list and review its diff:
 * {@code ./mvnw -B -o -q -pl model -am test -Dtest=MetricFlowGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgolden.writeExpected=true} (likewise {@code PostgresDialectGoldenTest} with {@code STEWARD_TEST_PG_URL} set).
 * All of these skip with a message when the shared corpus is absent.
 */
package dev.steward.model.query.golden;
