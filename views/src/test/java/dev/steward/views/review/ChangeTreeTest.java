package dev.steward.views.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.ChangeKind;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.review.ReviewComment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeTreeTest {

    static ReviewComment comment(String path, String element, String text) {
        return new ReviewComment(text, path, element, "Grace", Instant.EPOCH, text);
    }

    static SemanticChange change(String element, String message) {
        return change(element, message, ChangeSeverity.WARNING);
    }

    static SemanticChange change(String element, String message, ChangeSeverity severity) {
        return new SemanticChange(element, ChangeKind.UPDATED, severity, "rule", Optional.empty(),
                Optional.empty(), message, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    @Test
    void theMostSevereComesFirstAtEveryLevelAndDocumentOrderAmongEquals() {
        ArtifactDiff artifact = ReviewFixtures.orders().withChanges(List.of(
                change("description.purpose", "purpose reworded", ChangeSeverity.INFO),
                change("schema.orders.properties.total.description", "description reworded", ChangeSeverity.INFO),
                change("schema.orders.properties.total.logicalType", "integer → number", ChangeSeverity.BREAKING),
                change("schema.orders.properties.channel", "channel removed", ChangeSeverity.BREAKING),
                change("slaProperties.latency", "15 → 30 min", ChangeSeverity.WARNING)));

        ChangeNode.Group root = ChangeTree.build(artifact, List.of());

        assertEquals(List.of("schema.orders.properties", "slaProperties", "description"),
                root.children().stream().map(ChangeNode::label).toList());
        ChangeNode properties = root.children().getFirst();
        assertEquals(List.of("total", "channel removed"), properties.children().stream().map(ChangeNode::label).toList());
        assertEquals(List.of("integer → number", "description reworded"),
                properties.children().getFirst().children().stream().map(ChangeNode::label).toList());
    }

    @Test
    void aCommentGoesUnderItsChangeElseUnderTheDeepestLevelOfItsElementElseUnderTheFile() {
        ArtifactDiff orders = ReviewFixtures.orders();
        List<ReviewComment> comments = List.of(
                comment(ReviewFixtures.PATH, ReviewFixtures.TYPE_ELEMENT, "on the change"),
                comment(ReviewFixtures.PATH, "schema.orders.properties.order_id", "on a property that did not change"),
                comment(ReviewFixtures.PATH, "", "on the file"),
                comment("contracts/other.odcs.yaml", ReviewFixtures.TYPE_ELEMENT, "on another file"));

        ChangeNode.Group root = ChangeTree.build(orders, comments);

        ChangeNode.Group schemaOrders = assertInstanceOf(ChangeNode.Group.class, root.children().getFirst());
        ChangeNode.Group properties = assertInstanceOf(ChangeNode.Group.class, schemaOrders.children().getFirst());
        // the comment on properties.order_id keeps the "properties" level from being compacted with "amount"
        assertEquals("properties", properties.label());
        assertEquals("schema.orders.properties", properties.element());
        assertEquals("Grace: on a property that did not change", properties.children().getLast().label());
        ChangeNode.Group amount = assertInstanceOf(ChangeNode.Group.class, properties.children().getFirst());
        assertEquals("schema.orders.properties.amount", amount.element());
        ChangeNode.Change type = assertInstanceOf(ChangeNode.Change.class, amount.children().getFirst());
        assertEquals(List.of("Impact", "Comment"), type.children().stream().map(n -> n.getClass().getSimpleName()).toList());
        assertEquals("Grace: on the change", type.children().getLast().label());
        assertEquals("Grace: on the file", root.children().getLast().label());
        assertEquals(2, root.children().size(), "schema.orders and the file's comment; nothing from the other file: "
                + root.children().stream().map(ChangeNode::label).toList());
    }

    @Test
    void commentsOnAnElementWithTwoChangesAreShownOnceAndAFileLevelChangeSitsAtTheRoot() {
        ArtifactDiff artifact = ReviewFixtures.orders().withChanges(List.of(
                change("servers.prod.host", "server host changed"),
                change("servers.prod.host", "server host now a variable"),
                change("", "file renamed")));

        ChangeNode.Group root = ChangeTree.build(artifact, List.of(comment(ReviewFixtures.PATH, "servers.prod.host", "why?")));

        ChangeNode.Group prod = assertInstanceOf(ChangeNode.Group.class, root.children().getFirst());
        assertEquals("servers.prod", prod.label());
        assertEquals(1, prod.children().getFirst().children().size());
        assertEquals(0, prod.children().get(1).children().size());
        assertEquals("file renamed", root.children().get(1).label());
    }
}
