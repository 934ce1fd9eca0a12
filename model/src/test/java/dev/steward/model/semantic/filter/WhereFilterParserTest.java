package dev.steward.model.semantic.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.semantic.filter.FilterSegment.InvalidObject;
import dev.steward.model.semantic.filter.FilterSegment.ObjectReference;
import dev.steward.model.semantic.filter.FilterSegment.SqlText;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhereFilterParserTest {

    @Test
    void dimensionReferenceCarriesTheRangeOfTheBracesAndOfItsName() {
        String filter = "{{ Dimension('customer__region') }} = 'EU'";
        ParsedFilter parsed = WhereFilterParser.parse(filter);

        assertTrue(parsed.isValid(), parsed.problems().toString());
        assertEquals(2, parsed.segments().size());
        ObjectReference ref = assertInstanceOf(ObjectReference.class, parsed.segments().get(0));
        assertEquals("DIMENSION region path=customer", ItemShape.of(ref.item()));
        assertEquals("{{ Dimension('customer__region') }}", filter.substring(ref.start(), ref.end()));
        assertEquals("'customer__region'", filter.substring(ref.nameStart(), ref.nameEnd()));
        assertEquals(new SqlText(" = 'EU'", 35, 42), parsed.segments().get(1));
    }

    @Test
    void sqlAroundSeveralObjectsIsKeptVerbatimAndInOrder() {
        String filter = "NOT {{Dimension(\"listing__is_lux\")}} OR {{ Dimension('listing__is_lux') }} IS NULL\n"
                + "AND {{ TimeDimension('metric_time', 'day') }} >= '2020-01-02'";
        ParsedFilter parsed = WhereFilterParser.parse(filter);

        assertTrue(parsed.isValid(), parsed.problems().toString());
        StringBuilder rebuilt = new StringBuilder();
        int expectedStart = 0;
        for (FilterSegment segment : parsed.segments()) {
            assertEquals(expectedStart, segment.start());
            rebuilt.append(filter, segment.start(), segment.end());
            expectedStart = segment.end();
        }
        assertEquals(filter, rebuilt.toString());
        assertEquals(List.of("DIMENSION is_lux path=listing", "DIMENSION is_lux path=listing",
                "TIME_DIMENSION metric_time grain=day"), parsed.references().stream().map(r -> ItemShape.of(r.item())).toList());
        assertEquals("NOT ", ((SqlText) parsed.segments().get(0)).text());
        assertEquals(" IS NULL\nAND ", ((SqlText) parsed.segments().get(4)).text());
    }

    @Test
    void aValidFilterRendersWithColumnsInPlaceOfItsObjects() {
        ParsedFilter parsed = WhereFilterParser.parse(
                "{{ Dimension('listing__is_lux') }} OR {{ TimeDimension('metric_time', 'day') }} >= '2020-01-02'");
        assertEquals(Optional.of("subq.listing__is_lux OR subq.metric_time__day >= '2020-01-02'"),
                parsed.substitute(item -> "subq." + item.dunderName()));
        assertEquals(Optional.empty(), WhereFilterParser.parse("{{ Dimension('region') }} = 1").substitute(i -> "x"));
    }

    @Test
    void metricsInFiltersNeedGroupByEitherByKeywordOrPosition() {
        assertEquals("METRIC bookings group_by=listing", ItemShape.of(WhereFilterParser
                .parse("{{ Metric('bookings', group_by=['listing']) }} > 2").references().getFirst().item()));
        assertEquals("METRIC views group_by=listing", ItemShape.of(WhereFilterParser
                .parse("{{ Metric('views', ['listing']) }} > 10").references().getFirst().item()));

        String filter = "{{ Metric('bookings') }} > 2";
        ParsedFilter parsed = WhereFilterParser.parse(filter);
        FilterProblem problem = parsed.problems().getFirst();
        assertEquals("Metric in a filter needs group_by, for example Metric('bookings', group_by=['entity'])",
                problem.message());
        assertEquals("Metric('bookings')", filter.substring(problem.start(), problem.end()));
        assertInstanceOf(InvalidObject.class, parsed.segments().getFirst());
        assertTrue(parsed.references().isEmpty());
    }

    @Test
    void grainGivenBothWaysPointsAtTheSecondArgument() {
        String filter = "{{ TimeDimension('metric_time__week', 'month') }} > '2020-01-01'";
        FilterProblem problem = WhereFilterParser.parse(filter).problems().getFirst();

        assertEquals("TimeDimension takes a grain either as 'metric_time__week' or as a second argument, not both"
                + " ('week' and 'month' differ)", problem.message());
        assertEquals(new FilterProblem(problem.message(), 38, 45), problem);
        assertEquals("'month'", filter.substring(38, 45));
    }

    @Test
    void whereFiltersCannotSortAndMetricsNeedANonEmptyGroupBy() {
        String sorted = "{{ TimeDimension('metric_time', 'day').descending(True) }} > '2020-01-01'";
        FilterProblem problem = WhereFilterParser.parse(sorted).problems().getFirst();
        assertEquals("descending only applies to order_by; a where filter cannot sort", problem.message());
        assertEquals("True", sorted.substring(problem.start(), problem.end()));

        String empty = "{{ Metric('bookings', group_by=[]) }} > 2";
        problem = WhereFilterParser.parse(empty).problems().getFirst();
        assertTrue(problem.message().startsWith("Metric in a filter needs group_by"), problem.message());
        assertEquals("Metric('bookings', group_by=[])", empty.substring(problem.start(), problem.end()));
    }

    @Test
    void aCustomGrainInATimeDimensionNameNeedsTheProjectsGrains() {
        String filter = "{{ TimeDimension('metric_time__alien_day') }} >= '2020-01-01'";
        assertTrue(WhereFilterParser.parse(filter).problems().getFirst().message()
                .startsWith("'alien_day' is not a standard grain"));

        ParsedFilter known = WhereFilterParser.parse(filter, Set.of("alien_day"));
        assertTrue(known.isValid(), known.problems().toString());
        assertEquals("TIME_DIMENSION metric_time grain=alien_day", ItemShape.of(known.references().getFirst().item()));
        // like DSI, Dimension never reads a custom grain from its name
        assertFalse(WhereFilterParser.parse("{{ Dimension('listing__ds__alien_day') }}", Set.of("alien_day")).isValid());
    }

    @Test
    void aProblemInOneObjectLeavesTheOthersRead() {
        String filter = "{{ Entity('listing__month') }} IS NOT NULL AND {{ Entity('listing') }} IS NOT NULL";
        ParsedFilter parsed = WhereFilterParser.parse(filter);

        assertEquals(1, parsed.problems().size());
        FilterProblem problem = parsed.problems().getFirst();
        assertTrue(problem.message().startsWith("Entity takes no grain in its name"), problem.message());
        assertEquals("'listing__month'", filter.substring(problem.start(), problem.end()));
        assertEquals(List.of("ENTITY listing"), parsed.references().stream().map(r -> ItemShape.of(r.item())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `{{ Dimension('customer__region') = 'EU'`      | '{{' is not closed with '}}'   | `{{ Dimension('customer__region') = 'EU'`
            `{{ Dimension('customer__region) }} = 1`       | not closed with '              | `'customer__region) `
            `{{ }} = 1`                                    | Empty expression               | ` `
            `x = {{ render_dimension_template('a__b') }}`  | Unknown object 'render_dimension_template' | render_dimension_template
            `x = 1 {% if true %} AND y {% endif %}`        | Jinja statements ({%) are not supported | `{%`
            `{# note #} {{ Entity('listing') }}`           | Jinja comments ({#) are not supported   | `{#`
            `{{ Dimension('ab__cd') + 1 }}`                | Unexpected character '+'       | +
            `{{ Dimension('ab__cd'), }}`                     | Unexpected , after the object  | `,`
            `{{ TimeDimension('metric_time').date_part('week_of_year') }}` | Unknown date part 'week_of_year' | 'week_of_year'
            """)
    void reportsEachMistakeWhereItIs(String filter, String message, String at) {
        ParsedFilter parsed = WhereFilterParser.parse(filter);

        assertFalse(parsed.isValid());
        FilterProblem problem = parsed.problems().getFirst();
        assertTrue(problem.message().contains(message), problem.message());
        assertEquals(at, filter.substring(problem.start(), problem.end()));
    }

    @Test
    void jinjaWhitespaceControlAndTextWithoutObjectsAreAccepted() {
        ParsedFilter trimmed = WhereFilterParser.parse("{{- Dimension('ab__cd') -}}");
        assertEquals("DIMENSION cd path=ab", ItemShape.of(trimmed.references().getFirst().item()));

        ParsedFilter plain = WhereFilterParser.parse("1 = 1");
        assertTrue(plain.isValid());
        assertEquals(List.of(new SqlText("1 = 1", 0, 5)), plain.segments());
        assertTrue(WhereFilterParser.parse("").segments().isEmpty());
    }

    @Test
    void aClosingBraceInsideAStringDoesNotEndTheObject() {
        ParsedFilter parsed = WhereFilterParser.parse("{{ Dimension('a}}b') }}");
        assertEquals(1, parsed.segments().size());
        assertTrue(parsed.problems().getFirst().message().contains("must start with a lower-case letter"));
    }
}
