package dev.steward.views.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IndentationTest {
    @Test
    void keepsIndentation() {
        assertEquals("  ", Indentation.afterNewline("  name: orders"));
        assertEquals("", Indentation.afterNewline("name: orders"));
    }

    @Test
    void indentsAfterAKeyThatOpensABlock() {
        assertEquals("  ", Indentation.afterNewline("info:"));
        assertEquals("    ", Indentation.afterNewline("  schema:   # the tables"));
        assertEquals("    ", Indentation.afterNewline("  description: |"));
    }

    @Test
    void listItemsLineUpWithTheItemContent() {
        assertEquals("    ", Indentation.afterNewline("  - name: id"));
        assertEquals("      ", Indentation.afterNewline("  - properties:"));
    }

    @Test
    void colonInsideQuotesOrCommentsDoesNotOpenABlock() {
        assertEquals("", Indentation.afterNewline("title: 'a:'"));
        assertEquals("", Indentation.afterNewline("a: b # see:"));
    }

    @Test
    void outdentRemovesAtMostOneStep() {
        assertEquals(2, Indentation.outdentWidth("    x"));
        assertEquals(1, Indentation.outdentWidth(" x"));
        assertEquals(0, Indentation.outdentWidth("x"));
    }
}
