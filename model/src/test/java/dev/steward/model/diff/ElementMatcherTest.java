package dev.steward.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ElementMatcherTest {

    private record Item(String name, String version) {
        String key() {
            return name + "@" + version;
        }
    }

    @SafeVarargs
    private static List<String> walk(List<Item> base, List<Item> head, Function<Item, String>... keys) {
        List<String> out = new ArrayList<>();
        ElementMatcher.match(base, head, new ElementMatcher.Visitor<>() {
            @Override
            public void removed(Item b) {
                out.add("-" + b.key());
            }

            @Override
            public void added(Item h) {
                out.add("+" + h.key());
            }

            @Override
            public void kept(Item b, Item h) {
                out.add(b.key().equals(h.key()) ? "=" + h.key() : b.key() + ">" + h.key());
            }
        }, keys);
        return out;
    }

    private static Item item(String name) {
        return new Item(name, "1");
    }

    @Test
    void walksHeadOrderWithEachRemovalBeforeTheElementThatFollowedIt() {
        List<Item> base = List.of(item("a"), item("b"), item("c"), item("d"));
        List<Item> head = List.of(item("a"), item("x"), item("c"));
        assertEquals(List.of("=a@1", "+x@1", "-b@1", "=c@1", "-d@1"), walk(base, head, Item::name));
    }

    @Test
    void aMovedElementIsKeptNotRemovedAndAdded() {
        List<Item> base = List.of(item("a"), item("b"));
        List<Item> head = List.of(item("b"), item("a"));
        assertEquals(List.of("=b@1", "=a@1"), walk(base, head, Item::name));
    }

    @Test
    void duplicateKeysPairInOrder() {
        List<Item> base = List.of(item("a"), item("a"));
        assertEquals(List.of("=a@1", "=a@1"), walk(base, List.of(item("a"), item("a")), Item::name));
        assertEquals(List.of("=a@1", "-a@1"), walk(base, List.of(item("a")), Item::name));
    }

    @Test
    void aSecondKeyPairsWhatTheFirstLeftAlone() {
        List<Item> base = List.of(new Item("orders", "1"), new Item("orders", "2"));
        List<Item> head = List.of(new Item("orders", "2"), new Item("orders", "3"));
        assertEquals(List.of("=orders@2", "orders@1>orders@3"), walk(base, head, Item::key, Item::name));
        assertEquals(List.of("orders@1>orders@2", "orders@2>orders@3"), walk(base, head, Item::name),
                "by name alone the versions pair in order");
    }
}
