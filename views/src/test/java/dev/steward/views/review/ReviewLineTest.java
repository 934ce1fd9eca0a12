package dev.steward.views.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.ChangeKind;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.git.DiffLine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewLineTest {

    static SemanticChange removedNote() {
        int line = ReviewFixtures.lineOf(ReviewFixtures.BASE, "name: note");
        return new SemanticChange("schema.orders.properties.note", ChangeKind.REMOVED, ChangeSeverity.BREAKING,
                "property-removed", Optional.of("note"), Optional.empty(), "property `orders.note` removed",
                Optional.of(ReviewFixtures.at(line)), Optional.empty(), Optional.empty(), List.of());
    }

    @Test
    void aRemovedElementIsMarkedOnTheBaseSideAndScrolledToByItsBaseLine() {
        String head = ReviewFixtures.BASE.replace("      - name: note\n        logicalType: string\n", "");
        ArtifactDiff artifact = new ArtifactDiff(ReviewFixtures.PATH, Optional.empty(), dev.steward.model.artifact.ArtifactKind.ODCS,
                "orders", Optional.of(ArtifactRevision.parse(ReviewFixtures.PATH, ReviewFixtures.BASE)),
                Optional.of(ArtifactRevision.parse(ReviewFixtures.PATH, head)), List.of(removedNote()), Optional.empty());

        List<ReviewLine> rows = ReviewLine.of(artifact);

        assertEquals(15, rows.size(), "every base line, the two removed ones without a head side");
        int row = ReviewLine.rowOf(rows, removedNote());
        ReviewLine removed = rows.get(row);
        assertEquals("      - name: note", removed.left().orElseThrow().text());
        assertEquals(DiffLine.Kind.DELETE, removed.left().orElseThrow().kind());
        assertTrue(removed.right().isEmpty());
        assertEquals(Optional.of(ChangeSeverity.BREAKING), removed.leftMark());
        assertEquals(Optional.empty(), removed.rightMark());
        assertEquals(1, rows.stream().filter(r -> r.leftMark().isPresent() || r.rightMark().isPresent()).count());
    }

    @Test
    void anAddedFileHasOnlyHeadLinesAndAnUnchangedTextShowsEveryLineOnBothSides() {
        ArtifactDiff added = new ArtifactDiff("a.yaml", Optional.empty(), dev.steward.model.artifact.ArtifactKind.ODCS, "a",
                Optional.empty(), Optional.of(ArtifactRevision.parse("a.yaml", "a: 1\nb: 2\n")), List.of(), Optional.empty());
        List<ReviewLine> rows = ReviewLine.of(added);
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.left().isEmpty() && r.right().isPresent()));

        ArtifactDiff renamed = new ArtifactDiff("b.yaml", Optional.of("a.yaml"), dev.steward.model.artifact.ArtifactKind.ODCS,
                "a", Optional.of(ArtifactRevision.parse("a.yaml", "a: 1\nb: 2\n")),
                Optional.of(ArtifactRevision.parse("b.yaml", "a: 1\nb: 2\n")), List.of(), Optional.empty());
        List<ReviewLine> same = ReviewLine.of(renamed);
        assertEquals(List.of("a: 1", "b: 2"), same.stream().map(r -> r.left().orElseThrow().text()).toList());
        assertEquals(List.of(1, 2), same.stream().map(r -> r.right().orElseThrow().newLineNo()).toList());
        assertEquals(-1, ReviewLine.rowOf(same, removedNote()), "a change without a line there has no row");
    }
}
