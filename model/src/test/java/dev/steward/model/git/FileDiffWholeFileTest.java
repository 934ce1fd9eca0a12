package dev.steward.model.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileDiffWholeFileTest {

    @Test
    void oneHunkHoldsEveryLineOfBothSidesFarFromTheChange() {
        StringBuilder before = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            before.append("line ").append(i).append('\n');
        }
        String after = before.toString().replace("line 20\n", "line twenty\n");

        FileDiff diff = FileDiff.wholeFile("a.yaml", before.toString(), "a.yaml", after);

        assertEquals(1, diff.hunks().size());
        List<SideBySideRow> rows = FileDiff.sideBySide(diff.hunks().getFirst());
        assertEquals(40, rows.size(), "39 unchanged lines and one changed pair");
        assertEquals("line 1", rows.getFirst().left().orElseThrow().text());
        assertEquals("line 40", rows.getLast().right().orElseThrow().text());
        SideBySideRow changed = rows.get(19);
        assertEquals(DiffLine.Kind.DELETE, changed.left().orElseThrow().kind());
        assertEquals("line twenty", changed.right().orElseThrow().text());
        assertEquals(20, changed.right().orElseThrow().newLineNo());
    }

    @Test
    void anAddedFileHasOnlyTheRightSideAndIdenticalTextsHaveNoHunks() {
        FileDiff added = FileDiff.wholeFile(null, "", "b.yaml", "a: 1\nb: 2\n");
        List<SideBySideRow> rows = FileDiff.sideBySide(added.hunks().getFirst());
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.left().isEmpty()));

        assertTrue(FileDiff.wholeFile("c.yaml", "a: 1\n", "c.yaml", "a: 1\n").hunks().isEmpty());
    }
}
