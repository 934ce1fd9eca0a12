package dev.steward.model.query.where;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.query.QueryCompileException;
import dev.steward.model.query.QueryProblem;
import dev.steward.model.semantic.filter.WhereFilterParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhereSqlCompilerTest {

    static SqlFragment compile(String filter) throws QueryCompileException {
        return WhereSqlCompiler.compile(WhereFilterParser.parse(filter), item -> "t." + item.dunderName());
    }

    static QueryProblem refusal(String filter) {
        QueryCompileException e = assertThrows(QueryCompileException.class, () -> compile(filter));
        QueryProblem problem = e.problems().getFirst();
        assertEquals("where", problem.input());
        return problem;
    }

    @Test
    void objectsBecomeColumnsAndLiteralsBecomeParametersInOrder() throws Exception {
        SqlFragment sql = compile("{{ Dimension('customer__region') }} = 'EU' AND {{ Dimension('order__amount') }}"
                + " >= 10.5 OR {{ Dimension('order__count') }} IN (1, 2) AND {{ Dimension('order__paid') }} = TRUE");
        assertEquals("t.customer__region = ? AND t.order__amount >= ? OR t.order__count IN (?, ?) AND "
                + "t.order__paid = ?", sql.sql());
        assertEquals(List.of("EU", new BigDecimal("10.5"), 1L, 2L, true), sql.parameters());
    }

    @Test
    void valuesAreBoundNeverSpliced() throws Exception {
        SqlFragment sql = compile("{{ Dimension('customer__name') }} = 'x'' OR ''1''=''1'");
        assertEquals("t.customer__name = ?", sql.sql());
        assertEquals(List.of("x' OR '1'='1"), sql.parameters());
    }

    @Test
    void compiledFiltersRunWithTheirValuesBound() throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:h2:mem:where-filter")) {
            db.createStatement().execute("CREATE TABLE t (customer__region VARCHAR, metric_time__day TIMESTAMP, "
                    + "order__amount DOUBLE PRECISION)");
            db.createStatement().execute("INSERT INTO t VALUES ('EU', TIMESTAMP '2020-01-01 00:00:00', 10), "
                    + "('US', TIMESTAMP '2020-01-02 00:00:00', 20), ('it''s', TIMESTAMP '2020-01-03 00:00:00', 30)");
            assertEquals(List.of("EU"), regions(db, "{{ Dimension('customer__region') }} IN ('EU', 'APAC') AND "
                    + "{{ TimeDimension('metric_time', 'day') }} < '2020-01-02'"));
            assertEquals(List.of("US"), regions(db, "{{ Dimension('order__amount') }} BETWEEN 15 AND 25.5 OR "
                    + "{{ Dimension('customer__region') }} = 'x'' OR ''1''=''1'"));
            assertEquals(List.of("it's"), regions(db, "LOWER({{ Dimension('customer__region') }}) = 'it''s'"));
        }
    }

    private static List<String> regions(java.sql.Connection db, String filter) throws Exception {
        SqlFragment where = WhereSqlCompiler.compile(WhereFilterParser.parse(filter), item -> item.dunderName());
        try (java.sql.PreparedStatement query = db.prepareStatement("SELECT customer__region FROM t WHERE "
                + where.sql() + " ORDER BY 1")) {
            for (int i = 0; i < where.parameters().size(); i++) {
                query.setObject(i + 1, where.parameters().get(i));
            }
            List<String> regions = new java.util.ArrayList<>();
            try (java.sql.ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    regions.add(rows.getString(1));
                }
            }
            return regions;
        }
    }

    @Test
    void predicatesOfTheGrammar() throws Exception {
        SqlFragment sql = compile("NOT {{ Dimension('booking__instant') }} AND ({{ Dimension('listing__lux') }} "
                + "IS NULL OR {{ Dimension('listing__lux') }} IS NOT TRUE) AND {{ Dimension('customer__count') }} "
                + "NOT BETWEEN 1 AND 3 AND LOWER({{ Dimension('customer__name') }}) NOT LIKE 'a%' AND "
                + "{{ Dimension('customer__code') }} NOT IN ('a') AND COALESCE({{ Dimension('customer__score') }}, 0) "
                + "* -2 <> 4 AND {{ Dimension('customer__tag') }} ILIKE '%q'");
        assertEquals("NOT t.booking__instant AND (t.listing__lux IS NULL OR t.listing__lux IS NOT TRUE) AND "
                + "t.customer__count NOT BETWEEN ? AND ? AND LOWER(t.customer__name) NOT LIKE ? AND "
                + "t.customer__code NOT IN (?) AND COALESCE(t.customer__score, ?) * ? <> ? AND t.customer__tag ILIKE ?",
                sql.sql());
        assertEquals(List.of(1L, 3L, "a%", "a", 0L, -2L, 4L, "%q"), sql.parameters());
    }

    @Test
    void dateLiteralsAreBoundAsDatesAndTimestamps() throws Exception {
        SqlFragment sql = compile("CAST({{ TimeDimension('metric_time', 'day') }} AS TIMESTAMP) >= "
                + "CAST('2019-12-20' AS TIMESTAMP) AND {{ TimeDimension('metric_time', 'day') }} < '2020-01-02' "
                + "AND {{ Dimension('booking__ds') }} = DATE '2020-01-03' AND {{ Dimension('booking__ts') }} = "
                + "'2020-01-04 10:30:00'::timestamp AND DATE_TRUNC('month', {{ TimeDimension('metric_time') }}) = "
                + "'2020-01-01'");
        assertEquals("CAST(t.metric_time__day AS TIMESTAMP) >= CAST(? AS TIMESTAMP) AND t.metric_time__day < ? "
                + "AND t.booking__ds = CAST(? AS DATE) AND t.booking__ts = CAST(? AS TIMESTAMP) "
                + "AND DATE_TRUNC('month', t.metric_time) = ?", sql.sql());
        assertEquals(List.of(LocalDateTime.of(2019, 12, 20, 0, 0), LocalDateTime.of(2020, 1, 2, 0, 0),
                LocalDate.of(2020, 1, 3), LocalDateTime.of(2020, 1, 4, 10, 30),
                LocalDateTime.of(2020, 1, 1, 0, 0)), sql.parameters());
    }

    @Test
    void aStringComparedWithAPlainDimensionStaysAString() throws Exception {
        assertEquals(List.of("2020-01-01"), compile("{{ Dimension('customer__code') }} = '2020-01-01'").parameters());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            {{ Dimension('a__b') }} = 1; DROP TABLE x | ; | second statement
            {{ Dimension('a__b') }} = 1 -- comment | -- | comments
            {{ Dimension('a__b') }} = 1 /* c */ | /* | comments
            x' OR '1'='1 | x | refer to columns with {{ Dimension
            {{ Dimension('a__b') }} = 'EU | 'EU | quote is not closed
            {{ Dimension('a__b') }} IN (SELECT id FROM t) | SELECT | sub-queries
            {{ Dimension('a__b') }} = (SELECT 1) | SELECT | sub-queries
            FILE_READ('/etc/passwd') IS NOT NULL | FILE_READ | function 'FILE_READ' is not allowed
            EXISTS (SELECT 1) | EXISTS | not a statement
            {{ Dimension('a__b') }} = CSVREAD('x.csv') | CSVREAD | function 'CSVREAD' is not allowed
            country = 'EU' | country | refer to columns with {{ Dimension
            {{ Dimension('a__b') }} = "EU" | " | quoted identifiers
            {{ Dimension('a__b') }} = ? | ? | bound as a parameter
            {{ Dimension('a__b') }} = 1 1 | 1 1 | expected AND, OR or the end
            CAST({{ Dimension('a__b') }} AS BLOB) = 1 | BLOB | allowed types
            {{ Dimension('a__b') }} = CAST('soon' AS DATE) | 'soon' | not a date
            DATE_TRUNC('decade', {{ Dimension('a__b') }}) = 1 | 'decade' | DATE_TRUNC takes a grain
            """)
    void refusesWhatIsNotAFilterWithItsPosition(String template, String refused, String message) {
        String filter = template.replace("a__b", "customer__region");
        String at = refused.equals("1 1") ? "1" : refused;
        int start = refused.equals("1 1") ? filter.lastIndexOf(at) : filter.indexOf(at);
        QueryProblem problem = refusal(filter);
        assertTrue(problem.message().contains(message), problem.message());
        assertEquals(start, problem.start(), problem.message());
        assertEquals(start + at.length(), problem.end(), problem.message());
    }

    @Test
    void anUnclosedParenthesisAndAnEmptyFilterAreRefused() {
        QueryProblem open = refusal("({{ Dimension('customer__region') }} = 1");
        assertTrue(open.message().contains("')' to close"), open.message());
        QueryProblem empty = refusal("   ");
        assertTrue(empty.message().contains("empty"), empty.message());
    }

    @Test
    void unknownFunctionsAreNamedWithWhatIsAllowed() {
        QueryProblem problem = refusal("SLEEP(10) = 0");
        assertTrue(problem.message().contains("allowed: ") && problem.message().contains("COALESCE"),
                problem.message());
    }

    @Test
    void objectProblemsOfTheParserAreReportedAsWhereProblems() {
        QueryProblem problem = refusal("{{ Dimension('a__b' }} = 1");
        assertTrue(problem.start() >= 0, problem.toString());
    }
}
