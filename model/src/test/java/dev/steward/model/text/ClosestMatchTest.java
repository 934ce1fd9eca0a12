package dev.steward.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClosestMatchTest {

    @Test
    void suggestsTheNameOneTypoAway() {
        assertEquals(Optional.of("customer_id"), ClosestMatch.closest("custmer_id", List.of("order_id", "customer_id", "amount")));
    }

    @Test
    void swappedNeighboursCountAsOneEdit() {
        assertEquals(Optional.of("orders"), ClosestMatch.closest("ordres", List.of("orders", "customers")));
    }

    @Test
    void aDifferenceOfCaseOnlyWinsOverARealEdit() {
        assertEquals(Optional.of("OrderId"), ClosestMatch.closest("orderid", List.of("orderia", "OrderId")));
    }

    @Test
    void nothingWhenEveryCandidateIsFar() {
        assertEquals(Optional.empty(), ClosestMatch.closest("price", List.of("customer_id", "created_at")));
    }

    @Test
    void neverSuggestsTheWordItself() {
        assertEquals(Optional.empty(), ClosestMatch.closest("orders", List.of("orders")));
    }

    @Test
    void shortWordsAllowOnlyOneEdit() {
        assertEquals(Optional.empty(), ClosestMatch.closest("id", List.of("sku")));
        assertEquals(Optional.of("ids"), ClosestMatch.closest("id", List.of("ids")));
    }

    @Test
    void distanceStopsAtTheLimit() {
        assertEquals(4, ClosestMatch.distance("abcdefgh", "zzzzzzzz", 3));
        assertEquals(1, ClosestMatch.distance("ab", "ba", 3));
        assertEquals(0, ClosestMatch.distance("same", "same", 3));
    }
}
