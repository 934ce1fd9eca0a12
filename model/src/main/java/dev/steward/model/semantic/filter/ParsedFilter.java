package dev.steward.model.semantic.filter;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A where filter read into SQL text and object references; {@code problems} is empty when it is valid. */
public record ParsedFilter(String text, List<FilterSegment> segments, List<FilterProblem> problems) {

    public ParsedFilter {
        segments = List.copyOf(segments);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * The SQL with every object replaced by {@code column.apply(item)} (for example the dunder column name
     * of an inner query), or empty when the filter has problems.
     */
    public Optional<String> substitute(Function<GroupByItem, String> column) {
        if (!isValid()) {
            return Optional.empty();
        }
        StringBuilder sql = new StringBuilder(text.length());
        for (FilterSegment segment : segments) {
            switch (segment) {
                case FilterSegment.SqlText t -> sql.append(t.text());
                case FilterSegment.ObjectReference r -> sql.append(column.apply(r.item()));
                case FilterSegment.InvalidObject i -> throw new IllegalStateException("valid filter with " + i);
            }
        }
        return Optional.of(sql.toString());
    }

    /** The objects the filter refers to, in text order. */
    public List<FilterSegment.ObjectReference> references() {
        return segments.stream().filter(s -> s instanceof FilterSegment.ObjectReference)
                .map(s -> (FilterSegment.ObjectReference) s).toList();
    }
}
