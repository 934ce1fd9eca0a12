package dev.steward.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What a user reads when a query cannot be compiled. */
class QueryProblemTest extends ShopQueryTest {
    private QueryProblem problem(MetricQuery query) {
        QueryCompileException e = assertThrows(QueryCompileException.class, () -> shop.compile(query));
        return e.problems().getFirst();
    }

    @Test
    void unknownMetricSuggestsTheClosestNameWithItsPosition() {
        QueryProblem p = problem(MetricQuery.of(List.of("bookings", "bokers"), List.of()));
        assertEquals("metrics", p.input());
        assertEquals("Unknown metric 'bokers'. Did you mean 'bookers'?", p.message());
        assertEquals(10, p.start());
        assertEquals(16, p.end());
    }

    @Test
    void unreachableItemInTheWhereFilterPointsAtItsName() {
        String where = "{{ Dimension('listing__colour') }} = 'red'";
        QueryProblem p = problem(new MetricQuery(List.of("bookings"), List.of(), Optional.of(where), List.of(),
                OptionalInt.empty(), Optional.empty(), Optional.empty()));
        assertEquals("where", p.input());
        assertEquals("listing__colour", where.substring(p.start(), p.end()));
        assertTrue(p.message().contains("no semantic model has a dimension or entity named 'colour'"), p.message());
    }

    @Test
    void orderByMustNameAQueriedItem() {
        QueryProblem p = problem(new MetricQuery(List.of("bookings"), List.of("listing"), Optional.empty(),
                List.of("-booking"), OptionalInt.empty(), Optional.empty(), Optional.empty()));
        assertEquals("order-by", p.input());
        assertTrue(p.message().contains("'booking' is not in the query"), p.message());
    }

    @Test
    void unknownGrainAndNegativeLimitAreRefused() {
        String fortnight = problem(MetricQuery.of(List.of("bookings"), List.of("TimeDimension('booking__ds', 'fortnight')")))
                .message();
        assertTrue(fortnight.contains("'fortnight' is not a grain"), fortnight);
        assertEquals("limit", problem(new MetricQuery(List.of("bookings"), List.of(), Optional.empty(), List.of(),
                OptionalInt.of(-1), Optional.empty(), Optional.empty())).input());
    }

    @Test
    void offsetMetricsNeedMetricTime() {
        QueryProblem p = problem(MetricQuery.of(List.of("bookings_change"), List.of("listing")));
        assertTrue(p.message().contains("must group by metric_time"), p.message());
    }

    @Test
    void metricsInFiltersNeedGroupBy() {
        QueryProblem p = problem(new MetricQuery(List.of("bookings"), List.of(),
                Optional.of("{{ Metric('views') }} > 1"), List.of(), OptionalInt.empty(), Optional.empty(), Optional.empty()));
        assertTrue(p.message().contains("needs group_by"), p.message());
    }
}
