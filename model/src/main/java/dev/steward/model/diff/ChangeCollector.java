package dev.steward.model.diff;

import dev.steward.model.yaml.SourceRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects the {@link SemanticChange}s of one file as a differ walks it, and writes their one-line
 * messages the same way for every artifact kind. {@link #changes()} returns them in head document
 * order; a change with no head position (a removal) keeps its place before the next change the walk
 * found in head, which is where {@link ElementMatcher} visits it.
 */
public final class ChangeCollector {

    /** Values longer than this are not quoted in messages (descriptions, SQL). */
    private static final int QUOTABLE = 60;

    /**
     * The element a group of changes is about.
     *
     * @param path    dotted element path, e.g. {@code semantic_models.orders.measures.order_total}; empty
     *                for the artifact itself (a data product's own fields)
     * @param what    how a message names it, e.g. {@code measure `orders.order_total`}
     * @param subject its lineage node id
     */
    public record Element(String path, String what, Optional<String> subject) {
        public Element {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(subject, "subject");
        }

        /** A child element: {@code path.segment}, named {@code what}, with the same subject. */
        public Element child(String segment, String childWhat) {
            return new Element(below(segment), childWhat, subject);
        }

        /** The path of {@code segment} below this element (the file's root element has the empty path). */
        public String below(String segment) {
            return path.isEmpty() ? segment : path + "." + segment;
        }
    }

    /** How much a value change matters, given the values (a coarser grain, a major version...). */
    @FunctionalInterface
    public interface Judge {
        ChangeSeverity of(Optional<String> before, Optional<String> after);

        static Judge always(ChangeSeverity severity) {
            return (before, after) -> severity;
        }
    }

    private final List<SemanticChange> changes = new ArrayList<>();

    /** An element that exists only in head. */
    public void added(Element element, ChangeSeverity severity, String rule, Optional<SourceRange> head) {
        changes.add(new SemanticChange(element.path(), ChangeKind.ADDED, severity, rule, Optional.empty(),
                Optional.empty(), element.what() + " added", Optional.empty(), head, element.subject(), List.of()));
    }

    /** An element that exists only in base. */
    public void removed(Element element, ChangeSeverity severity, String rule, Optional<SourceRange> base) {
        changes.add(new SemanticChange(element.path(), ChangeKind.REMOVED, severity, rule, Optional.empty(),
                Optional.empty(), element.what() + " removed", base, Optional.empty(), element.subject(), List.of()));
    }

    /**
     * Records a change of the value {@code field} of {@code owner} when {@code before} and
     * {@code after} differ; a value only in head is added, only in base removed. The ranges are where
     * the value is written in each revision, or its owner where it is not (so a review can still show
     * where a removed value was taken from).
     */
    public void value(Element owner, String field, String rule, Judge judge, Optional<String> before,
                      Optional<String> after, Optional<SourceRange> baseRange, Optional<SourceRange> headRange) {
        if (before.equals(after)) {
            return;
        }
        ChangeKind kind = before.isEmpty() ? ChangeKind.ADDED : after.isEmpty() ? ChangeKind.REMOVED : ChangeKind.UPDATED;
        String label = field.substring(field.lastIndexOf('.') + 1);
        changes.add(new SemanticChange(owner.below(field), kind, judge.of(before, after), rule, before, after,
                owner.what() + " " + label + " " + describe(kind, before, after), baseRange, headRange,
                owner.subject(), List.of()));
    }

    /**
     * Applies a table of field rules to an element present in both revisions; {@code beforeAt} and
     * {@code afterAt} give where a key's value is written in each (the element when it is not).
     */
    public <T> void fields(Element owner, T before, T after, List<FieldRule<T>> rules,
                           Function<String, SourceRange> beforeAt, Function<String, SourceRange> afterAt) {
        for (FieldRule<T> f : rules) {
            value(owner, f.path(), f.rule(), f.judge(), f.value().apply(before), f.value().apply(after),
                    Optional.of(beforeAt.apply(f.key())), Optional.of(afterAt.apply(f.key())));
        }
    }

    /** A change worded by the differ (a file that does not parse, a flag turned on). */
    public void add(SemanticChange change) {
        changes.add(change);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes in head document order, removals where the walk met them. */
    public List<SemanticChange> changes() {
        int n = changes.size();
        long[] anchor = new long[n];
        long next = Long.MAX_VALUE;
        for (int i = n - 1; i >= 0; i--) {
            Optional<SourceRange> head = changes.get(i).headRange();
            if (head.isPresent()) {
                next = head.get().startOffset();
            }
            anchor[i] = next;
        }
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong(i -> anchor[i]));
        return order.stream().map(changes::get).toList();
    }

    private static String describe(ChangeKind kind, Optional<String> before, Optional<String> after) {
        return switch (kind) {
            case ADDED -> quotable(after.orElseThrow()) ? "set to " + after.get() : "added";
            case REMOVED -> quotable(before.orElseThrow()) ? "removed (was " + before.get() + ")" : "removed";
            default -> quotable(before.orElseThrow()) && quotable(after.orElseThrow())
                    ? before.get() + " → " + after.get() : "changed";
        };
    }

    private static boolean quotable(String value) {
        return value.length() <= QUOTABLE && value.indexOf('\n') < 0;
    }
}
