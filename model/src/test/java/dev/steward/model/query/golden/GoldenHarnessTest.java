package dev.steward.model.query.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.query.golden.GoldenRunner.CaseOutcome;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parts of the golden harness that decide a verdict: rendering, row comparison, the expected-failures list. */
class GoldenHarnessTest {
    private final CheckQueryRenderer h2 = new CheckQueryRenderer(CheckQueryDialect.H2, "sl_src");
    private final CheckQueryRenderer pg = new CheckQueryRenderer(CheckQueryDialect.POSTGRES, "sl_src");

    @Test
    void rendersTheCheckQueryHelpersPerEngine() {
        String template = "SELECT {{ render_date_trunc(\"ds\", TimeGranularity.WEEK) }}, "
                + "{{ render_extract('ds', DatePart.DOW) }} FROM {{ source_schema }}.t WHERE "
                + "{{ render_date_sub(\"a\", \"ds\", 7, TimeGranularity.DAY) }} < {{ cast_to_ts('2020-01-01') }}";
        assertEquals("SELECT DATE_TRUNC('ISO_WEEK', CAST(ds AS TIMESTAMP)), EXTRACT(ISO_DAY_OF_WEEK FROM CAST(ds AS "
                + "TIMESTAMP)) FROM sl_src.t WHERE DATEADD(DAY, -7, a.ds) < CAST('2020-01-01' AS TIMESTAMP)",
                h2.render(template));
        assertEquals("SELECT DATE_TRUNC('week', CAST(ds AS TIMESTAMP)), EXTRACT(isodow FROM CAST(ds AS TIMESTAMP)) "
                + "FROM sl_src.t WHERE a.ds + MAKE_INTERVAL(days => -7) < CAST('2020-01-01' AS TIMESTAMP)",
                pg.render(template));
    }

    @Test
    void rendersWhereFilterTemplatesIntoObjectsAndTimeConstraintsLikeMetricFlow() {
        assertEquals("CAST({{ TimeDimension('listing__ds', 'alien_day', entity_path=[]) }} AS TIMESTAMP) >= "
                + "CAST('2019-12-20' AS TIMESTAMP)", h2.render("{{ render_time_constraint("
                + "render_time_dimension_template('listing__ds', 'alien_day'), start_time=\"2019-12-20\") }}"));
        assertEquals("CAST(ds AS TIMESTAMP) >= CAST('2020-01-01' AS TIMESTAMP) AND CAST(ds AS TIMESTAMP) < "
                + "CAST('2020-01-03' AS TIMESTAMP)", h2.render("{{ render_time_constraint('ds', '2020-01-01', "
                + "'2020-01-02') }}"));
        assertEquals("{{ Metric('bookings', group_by=['listing']) }} > 2",
                h2.render("{{ render_metric_template('bookings', ['listing']) }} > 2"));
        assertEquals("{{ Dimension('country_latest', entity_path=['listing']) }}",
                h2.render("{{ render_dimension_template('country_latest', entity_path=['listing']) }}"));
    }

    @Test
    void refusesWhatItCannotRender() {
        assertThrows(IllegalArgumentException.class, () -> h2.render("{{ render_unknown('x') }}"));
        assertThrows(IllegalArgumentException.class, () -> h2.render("{{ unknown_variable }}"));
        assertThrows(UnsupportedOperationException.class,
                () -> pg.render("{{ render_percentile_expr('x', 0.5, False, True) }}"));
    }

    @Test
    void rowsCompareAsMultisetsWithColumnsByNameAndNumbersWithinTolerance() {
        ResultTable actual = table(List.of("b", "a"), row(new BigDecimal("1.0000000001"), "x"), row(null, "y"));
        ResultTable expected = table(List.of("a", "b"), row("y", null), row("x", new BigDecimal("1")));
        assertEquals(Optional.empty(), ResultTable.difference(actual, expected, false, false));
        assertTrue(ResultTable.difference(actual, expected, true, false).isPresent(), "order is checked when asked");
    }

    @Test
    void rowsThatDifferAreReported() {
        ResultTable expected = table(List.of("a", "t"), row("x", LocalDateTime.of(2020, 1, 1, 0, 0)));
        assertTrue(ResultTable.difference(table(List.of("a", "t"), row("x", LocalDateTime.of(2020, 1, 2, 0, 0))),
                expected, false, false).orElseThrow().contains("column t"));
        assertTrue(ResultTable.difference(table(List.of("a")), table(List.of("a"), row("x")), false, false)
                .orElseThrow().contains("row count"));
        assertTrue(ResultTable.difference(table(List.of("a", "u"), row("x", null)), expected, false, false)
                .orElseThrow().contains("columns differ"));
        assertTrue(ResultTable.difference(table(List.of("a")), table(List.of("a")), false, false).orElseThrow()
                .contains("no rows"));
        assertEquals(Optional.empty(), ResultTable.difference(table(List.of("a")), table(List.of("a")), false, true));
    }

    @Test
    void theExpectedFailuresListMustStayHonest() {
        List<CaseOutcome> outcomes = List.of(CaseOutcome.passed("fixed"), CaseOutcome.failed("broken", "why"),
                CaseOutcome.failed("known", "why"), CaseOutcome.skipped("skipped", "engine"));
        List<String> problems = ExpectedFailures.discrepancies(outcomes,
                Map.of("fixed", "was broken", "known", "why", "gone", "old"));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("broken fails and is not in")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("fixed is listed as failing but now passes")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("gone is listed")), problems.toString());
        assertEquals(List.of(), ExpectedFailures.discrepancies(outcomes.subList(1, 3),
                Map.of("broken", "why", "known", "why")));
    }

    private static ResultTable table(List<String> columns, List<Object>... rows) {
        return new ResultTable(columns, new ArrayList<>(Arrays.asList(rows)));
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
