package dev.steward.views.review;

import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.review.ReviewComment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the change tree of one artifact: element path segments as levels (a chain of single levels
 * compacted to {@code schema.orders.properties}), each change a leaf under its element's parent with
 * the consumers it reaches, and each comment under the change or level of its element (the file's
 * root when that element no longer changes). At every level the most severe comes first (breaking,
 * then warnings, then info; document order among equals), so a reviewer reads what breaks before what
 * is cosmetic.
 */
public final class ChangeTree {

    private ChangeTree() {
    }

    /** The tree of {@code artifact}'s changes with the comments of {@code comments} on that file. */
    public static ChangeNode.Group build(ArtifactDiff artifact, List<ReviewComment> comments) {
        List<ReviewComment> mine = comments.stream().filter(c -> c.path().equals(artifact.path())).toList();
        Level root = new Level("");
        Map<String, SemanticChange> firstOfElement = new LinkedHashMap<>();
        artifact.changes().forEach(c -> firstOfElement.putIfAbsent(c.element(), c));
        List<ReviewComment> placed = new ArrayList<>();
        for (SemanticChange change : artifact.changes()) {
            String[] segments = change.element().isEmpty() ? new String[0] : change.element().split("\\.");
            Level level = root;
            for (int i = 0; i < segments.length - 1; i++) {
                level = level.child(segments[i]);
            }
            List<ChangeNode> below = new ArrayList<>();
            change.impacted().forEach(i -> below.add(new ChangeNode.Impact(i, change.element())));
            if (firstOfElement.get(change.element()) == change) {
                mine.stream().filter(c -> c.element().equals(change.element())).forEach(c -> {
                    below.add(new ChangeNode.Comment(c));
                    placed.add(c);
                });
            }
            level.changes.add(new ChangeNode.Change(change, below));
        }
        for (ReviewComment comment : mine) {
            if (!placed.contains(comment)) {
                root.find(comment.element()).comments.add(new ChangeNode.Comment(comment));
            }
        }
        List<ChangeNode> children = new ArrayList<>();
        root.levels.values().forEach(l -> children.add(l.toNode(l.segment, l.segment)));
        children.addAll(root.changes);
        children.sort(MOST_SEVERE_FIRST);
        children.addAll(root.comments);
        return new ChangeNode.Group(artifact.path(), "", children);
    }

    private static final Comparator<ChangeNode> MOST_SEVERE_FIRST = Comparator.comparingInt(ChangeTree::rank);

    /** The ordinal of the most severe change in {@code node} (lower is more severe); comments and consumers last. */
    private static int rank(ChangeNode node) {
        return switch (node) {
            case ChangeNode.Change c -> c.change().severity().ordinal();
            case ChangeNode.Group g -> g.children().stream().mapToInt(ChangeTree::rank).min().orElse(Integer.MAX_VALUE);
            default -> Integer.MAX_VALUE;
        };
    }

    /** A level of the tree while it is built. */
    private static final class Level {
        final String segment;
        final Map<String, Level> levels = new LinkedHashMap<>();
        final List<ChangeNode.Change> changes = new ArrayList<>();
        final List<ChangeNode.Comment> comments = new ArrayList<>();

        Level(String segment) {
            this.segment = segment;
        }

        Level child(String name) {
            return levels.computeIfAbsent(name, Level::new);
        }

        /** The level of {@code element}'s path as far as it exists (the root when none of it does). */
        Level find(String element) {
            Level at = this;
            for (String s : element.isEmpty() ? new String[0] : element.split("\\.")) {
                Level next = at.levels.get(s);
                if (next == null) {
                    return at;
                }
                at = next;
            }
            return at;
        }

        ChangeNode toNode(String label, String element) {
            if (changes.isEmpty() && comments.isEmpty() && levels.size() == 1) {
                Level only = levels.values().iterator().next();
                return only.toNode(label + "." + only.segment, element + "." + only.segment);
            }
            List<ChangeNode> children = new ArrayList<>();
            levels.values().forEach(l -> children.add(l.toNode(l.segment, element + "." + l.segment)));
            children.addAll(changes);
            children.sort(MOST_SEVERE_FIRST);
            children.addAll(comments);
            return new ChangeNode.Group(label, element, children);
        }
    }
}
