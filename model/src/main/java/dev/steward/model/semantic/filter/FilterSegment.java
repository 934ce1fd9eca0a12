package dev.steward.model.semantic.filter;

/** A piece of a where filter, in text order; offsets are into the filter text, {@code end} exclusive. */
public sealed interface FilterSegment permits FilterSegment.SqlText, FilterSegment.ObjectReference,
        FilterSegment.InvalidObject {

    int start();

    int end();

    /** SQL between objects, kept verbatim so a compiler can put column expressions around it. */
    record SqlText(String text, int start, int end) implements FilterSegment {
    }

    /**
     * A {@code {{ ... }}} object: {@code start}/{@code end} cover the braces (what a compiler replaces),
     * {@code nameStart}/{@code nameEnd} the quoted name inside (where a diagnostic about the name belongs).
     */
    record ObjectReference(GroupByItem item, int start, int end, int nameStart, int nameEnd) implements FilterSegment {
    }

    /** A {@code {{ ... }}} that could not be read; its problem is in {@link ParsedFilter#problems()}. */
    record InvalidObject(String text, int start, int end) implements FilterSegment {
    }
}
