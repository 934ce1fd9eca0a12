package dev.steward.views.review;

import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.review.ReviewComment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the review view shows of one artifact: its change tree with the review's comments, its text side
 * by side, the selected node, and the row the text scrolls to for it. Part of {@link ReviewViewModel};
 * read-only properties, changed through {@link #showArtifact} and {@link #select}.
 */
public final class ReviewSelection {

    private final ReadOnlyObjectWrapper<ArtifactDiff> artifact = new ReadOnlyObjectWrapper<>(this, "artifact");
    private final ReadOnlyObjectWrapper<ChangeNode.Group> tree = new ReadOnlyObjectWrapper<>(this, "tree");
    private final ObservableList<ReviewLine> lines = FXCollections.observableArrayList();
    private final ObservableList<ReviewLine> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyObjectWrapper<ChangeNode> node = new ReadOnlyObjectWrapper<>(this, "node");
    private final ReadOnlyIntegerWrapper scrollRow = new ReadOnlyIntegerWrapper(this, "scrollRow", -1);
    private final ReadOnlyStringWrapper commentTarget = new ReadOnlyStringWrapper(this, "commentTarget", "");
    private List<ReviewComment> comments = List.of();

    ReviewSelection() {
        node.addListener((o, a, now) -> commentTarget.set(now == null || artifact.get() == null ? ""
                : now.element().isEmpty() ? "Comment on " + artifact.get().path()
                : "Comment on `" + now.element() + "`"));
    }

    /** Shows {@code shown}'s change tree and its base and head side by side, at its first change; nothing selected yet. */
    public void showArtifact(ArtifactDiff shown) {
        artifact.set(shown);
        node.set(null);
        scrollRow.set(-1);
        if (shown == null) {
            tree.set(null);
            lines.clear();
            return;
        }
        lines.setAll(ReviewLine.of(shown));
        rebuildTree();
        // the text opens at the first change, not at the top of a long file
        shown.changes().stream().findFirst().ifPresent(first -> scrollRow.set(ReviewLine.rowOf(lines, first)));
    }

    /** Selects a node of the tree and scrolls the text to the line of the change it belongs to. */
    public void select(ChangeNode selected) {
        if (Objects.equals(selected, node.get())) {
            return;
        }
        node.set(selected);
        changeOf(selected).ifPresent(change -> {
            scrollRow.set(-1);
            scrollRow.set(ReviewLine.rowOf(lines, change));
        });
    }

    /** The review's comments changed: the tree shows them, the selection stays where it was. */
    void setComments(List<ReviewComment> updated) {
        comments = List.copyOf(updated);
        if (artifact.get() != null) {
            rebuildTree();
        }
    }

    /** The element a comment goes to: the selected node's, else the file's (""). */
    String element() {
        return node.get() == null ? "" : node.get().element();
    }

    private Optional<SemanticChange> changeOf(ChangeNode selected) {
        ArtifactDiff shown = artifact.get();
        if (selected == null || shown == null) {
            return Optional.empty();
        }
        if (selected instanceof ChangeNode.Change c) {
            return Optional.of(c.change());
        }
        String element = selected.element();
        return shown.changes().stream()
                .filter(c -> element.isEmpty() || c.element().equals(element) || c.element().startsWith(element + "."))
                .findFirst();
    }

    private void rebuildTree() {
        ChangeNode.Group rebuilt = ChangeTree.build(artifact.get(), comments);
        ChangeNode was = node.get();
        tree.set(rebuilt);
        if (was != null) {
            node.set(find(rebuilt, was).orElse(null));
        }
    }

    /** The node of {@code in} standing where {@code old} stood: the same node, else the node of the same change. */
    private static Optional<ChangeNode> find(ChangeNode in, ChangeNode old) {
        if (in.equals(old) || (old instanceof ChangeNode.Change a && in instanceof ChangeNode.Change b
                && a.change().equals(b.change()))) {
            return Optional.of(in);
        }
        for (ChangeNode child : in.children()) {
            Optional<ChangeNode> found = find(child, old);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    public ReadOnlyObjectProperty<ArtifactDiff> artifactProperty() {
        return artifact.getReadOnlyProperty();
    }

    /** The artifact's change tree, with comments under their elements. */
    public ReadOnlyObjectProperty<ChangeNode.Group> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    /** The artifact's base and head, side by side, with margin marks. */
    public ObservableList<ReviewLine> lines() {
        return linesView;
    }

    public ReadOnlyObjectProperty<ChangeNode> nodeProperty() {
        return node.getReadOnlyProperty();
    }

    /** The row of {@link #lines()} the text should scroll to; -1 for none. */
    public ReadOnlyIntegerProperty scrollRowProperty() {
        return scrollRow.getReadOnlyProperty();
    }

    /** "Comment on `schema.orders.properties.amount`", empty while nothing is selected. */
    public ReadOnlyStringProperty commentTargetProperty() {
        return commentTarget.getReadOnlyProperty();
    }
}
