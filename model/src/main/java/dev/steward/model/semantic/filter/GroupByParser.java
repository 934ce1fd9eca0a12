package dev.steward.model.semantic.filter;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a query-time group-by or order-by name: a dunder name ({@code metric_time__month},
 * {@code listing__user__country}) or a saved-query object without braces
 * ({@code TimeDimension('metric_time', 'day')}, {@code Metric('orders').descending(True)}).
 * A dunder name's kind is {@link ItemKind#NAME} (the project decides), except {@code metric_time},
 * which is always a time dimension. A dunder name may end in a custom grain when the caller knows the
 * project's custom grains ({@code booking__ds__alien_day}); {@code metric_time__x} always ends in a grain.
 * Order-by items may start with {@code -} for descending, as in MetricFlow's CLI and Python API. Never throws.
 */
public final class GroupByParser {

    private GroupByParser() {
    }

    public static ParsedGroupBy parse(String name) {
        return parse(name, Set.of());
    }

    /** Reads {@code name}, taking a last dunder part that is one of {@code customGrains} as a grain. */
    public static ParsedGroupBy parse(String name, Set<String> customGrains) {
        return read(name, 0, customGrains);
    }

    /** Reads an order-by item: a group-by item or metric name, with a leading {@code -} for descending. */
    public static ParsedGroupBy parseOrderBy(String name, Set<String> customGrains) {
        int minus = name.stripLeading().startsWith("-") ? name.indexOf('-') : -1;
        if (minus < 0) {
            return read(name, 0, customGrains);
        }
        if (name.indexOf('(', minus) >= 0) {
            return failure(name, "Write descending objects as .descending(True), not with a leading -", minus, minus + 1);
        }
        ParsedGroupBy parsed = read(name, minus + 1, customGrains);
        return new ParsedGroupBy(name, parsed.item().map(GroupByParser::descending), parsed.problem());
    }

    private static ParsedGroupBy read(String name, int from, Set<String> customGrains) {
        int start = from;
        int end = name.length();
        while (start < end && Character.isWhitespace(name.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(name.charAt(end - 1))) {
            end--;
        }
        if (name.startsWith("{{", start)) {
            return failure(name, "Write a group-by without {{ }}: for example Dimension('customer__region')", start, end);
        }
        if (name.indexOf('(', start) >= 0) {
            return object(name, start, end, customGrains);
        }
        DunderName.Result parsed = DunderName.parse(name.substring(start, end), start, end, customGrains);
        if (parsed.problem().isPresent()) {
            return new ParsedGroupBy(name, Optional.empty(), parsed.problem());
        }
        DunderName dunder = parsed.name().orElseThrow();
        boolean metricTime = dunder.element().equals(SemanticNames.METRIC_TIME);
        if (metricTime && !dunder.links().isEmpty()) {
            return failure(name, "metric_time takes no entity: write 'metric_time' or 'metric_time__<grain>'", start, end);
        }
        ItemKind kind = metricTime ? ItemKind.TIME_DIMENSION : ItemKind.NAME;
        GroupByItem item = new GroupByItem(kind, dunder.element(), dunder.links(), dunder.grain(), dunder.datePart(),
                false, List.of());
        return new ParsedGroupBy(name, Optional.of(item), Optional.empty());
    }

    private static ParsedGroupBy object(String name, int start, int end, Set<String> customGrains) {
        ObjectCallParser.Result syntax = ObjectCallParser.parse(name, start, end);
        if (syntax.call().isEmpty()) {
            return new ParsedGroupBy(name, Optional.empty(), syntax.problem());
        }
        ObjectInterpreter.Result meaning = ObjectInterpreter.interpret(syntax.call().get(),
                new ObjectInterpreter.Context(false, customGrains));
        return new ParsedGroupBy(name, meaning.interpreted().map(ObjectInterpreter.Interpreted::item),
                meaning.problem());
    }

    private static GroupByItem descending(GroupByItem item) {
        return new GroupByItem(item.kind(), item.element(), item.entityPath(), item.grain(), item.datePart(), true,
                item.groupBy());
    }

    private static ParsedGroupBy failure(String name, String message, int start, int end) {
        return new ParsedGroupBy(name, Optional.empty(), Optional.of(new FilterProblem(message, start, end)));
    }
}
