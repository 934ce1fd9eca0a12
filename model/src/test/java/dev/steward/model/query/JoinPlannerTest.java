package dev.steward.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.semantic.Entity;
import dev.steward.model.yaml.SourceRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JoinPlannerTest extends ShopQueryTest {

    private static Entity entity(String type) {
        return new Entity("listing", type, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                SourceRange.START, Map.of());
    }

    @Test
    void onlyPrimaryUniqueOrNaturalEntitiesAreJoinedOnto() {
        assertTrue(JoinPlanner.joinable(entity("foreign"), Optional.of(entity("primary"))));
        assertTrue(JoinPlanner.joinable(entity("primary"), Optional.of(entity("unique"))));
        assertTrue(JoinPlanner.joinable(entity("foreign"), Optional.of(entity("natural"))));
        assertFalse(JoinPlanner.joinable(entity("foreign"), Optional.of(entity("foreign"))), "fan-out");
        assertFalse(JoinPlanner.joinable(entity("primary"), Optional.of(entity("foreign"))), "fan-out");
        assertFalse(JoinPlanner.joinable(entity("natural"), Optional.of(entity("natural"))), "natural to natural");
        assertFalse(JoinPlanner.joinable(entity("foreign"), Optional.empty()));
    }

    @Test
    void fewestJoinsWinAndTwoHopsAtMost() {
        JoinPlanner planner = new JoinPlanner(shop.project);
        var bookings = shop.project.semanticModel("bookings_source").orElseThrow();
        JoinPlanner.Route local = planner.route(bookings, List.of("booking"), "is_instant").orElseThrow();
        assertEquals(0, local.steps().size());
        JoinPlanner.Route twoHops = planner.route(bookings, List.of("listing", "user"), "home_state").orElseThrow();
        assertEquals(List.of("listing", "user"), twoHops.steps().stream().map(JoinPlanner.JoinStep::entity).toList());
        assertTrue(planner.route(bookings, List.of("listing", "user", "account"), "ds").isEmpty(), "three hops");
    }

    @Test
    void reachableNamesListWhatAGroupByMayName() {
        var names = new JoinPlanner(shop.project).reachableNames(shop.project.semanticModel("bookings_source").orElseThrow());
        assertTrue(names.containsAll(List.of("listing", "booking__is_instant", "listing__country",
                "listing__user__home_state", "listing__tier")), names.toString());
        assertFalse(names.contains("listing__device"), "views_source has listing as a foreign key");
    }
}
