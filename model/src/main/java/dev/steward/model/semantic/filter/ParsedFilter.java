package dev.steward.model.semantic.filter;

import java.util.List;

/** A where filter read into SQL text and object references; {@code problems} is empty when it is valid. */
public record ParsedFilter(String text, List<FilterSegment> segments, List<FilterProblem> problems) {

    public ParsedFilter {
        segments = List.copyOf(segments);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The objects the filter refers to, in text order. */
    public List<FilterSegment.ObjectReference> references() {
        return segments.stream().filter(s -> s instanceof FilterSegment.ObjectReference)
                .map(s -> (FilterSegment.ObjectReference) s).toList();
    }
}
