package dev.steward.views.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSearchTest {
    @Test
    void findsLiteralTextWithOrWithoutCase() {
        String text = "Name: a.b\nname: a*b";
        assertEquals(List.of(new TextSearch.Match(10, 14)), TextSearch.findAll(text, "name", true));
        assertEquals(2, TextSearch.findAll(text, "name", false).size());
        assertEquals(List.of(new TextSearch.Match(16, 19)), TextSearch.findAll(text, "a*b", true), "not a regex");
        assertEquals(List.of(), TextSearch.findAll(text, "", false));
    }

    @Test
    void nextAndPreviousWrapAround() {
        var matches = List.of(new TextSearch.Match(2, 3), new TextSearch.Match(8, 9));
        assertEquals(1, TextSearch.nextIndex(matches, 3));
        assertEquals(0, TextSearch.nextIndex(matches, 9));
        assertEquals(0, TextSearch.previousIndex(matches, 8));
        assertEquals(1, TextSearch.previousIndex(matches, 2));
        assertEquals(-1, TextSearch.nextIndex(List.of(), 0));
    }
}
