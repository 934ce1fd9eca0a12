package dev.steward.views.review;

import dev.steward.model.diff.ImpactedArtifact;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.review.ReviewComment;
import java.util.List;
import java.util.Objects;

/**
 * One node of an artifact's change tree: a group of element path segments, a change (its message),
 * a downstream consumer a breaking change reaches, or a review comment. Immutable; built by
 * {@link ChangeTree}.
 */
public sealed interface ChangeNode {

    /** What the tree shows on the node's line. */
    String label();

    /** The element path a comment on this node is anchored to ("" for the whole file). */
    String element();

    List<ChangeNode> children();

    /** Element path segments ({@code schema.orders}), compacted while a level has one sub-level only. */
    record Group(String label, String element, List<ChangeNode> children) implements ChangeNode {
        public Group {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(element, "element");
            children = List.copyOf(children);
        }
    }

    /** A change in meaning; its children are the consumers it reaches, then the comments on its element. */
    record Change(SemanticChange change, List<ChangeNode> children) implements ChangeNode {
        public Change {
            Objects.requireNonNull(change, "change");
            children = List.copyOf(children);
        }

        @Override
        public String label() {
            return change.message();
        }

        @Override
        public String element() {
            return change.element();
        }
    }

    /** A downstream artifact a breaking change reaches, with who to tell. */
    record Impact(ImpactedArtifact impacted, String element) implements ChangeNode {
        public Impact {
            Objects.requireNonNull(impacted, "impacted");
            Objects.requireNonNull(element, "element");
        }

        @Override
        public String label() {
            String owners = impacted.owners().isEmpty() ? "no owner recorded" : "owners: " + String.join(", ", impacted.owners());
            return impacted.kind().replace('_', ' ') + " " + impacted.name() + " — " + owners + " (" + impacted.explanation() + ")";
        }

        @Override
        public List<ChangeNode> children() {
            return List.of();
        }
    }

    /** A review comment under the element it is anchored to. */
    record Comment(ReviewComment comment) implements ChangeNode {
        public Comment {
            Objects.requireNonNull(comment, "comment");
        }

        @Override
        public String label() {
            return comment.author() + ": " + comment.text();
        }

        @Override
        public String element() {
            return comment.element();
        }

        @Override
        public List<ChangeNode> children() {
            return List.of();
        }
    }
}
