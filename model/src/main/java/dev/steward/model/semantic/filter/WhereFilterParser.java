package dev.steward.model.semantic.filter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads a MetricFlow where filter such as {@code {{ Dimension('customer__region') }} = 'EU'}: every
 * {@code {{ ... }}} becomes a typed {@link FilterSegment.ObjectReference} (or a problem), the SQL around
 * them stays as {@link FilterSegment.SqlText}. Never throws; problems carry exact ranges in the filter.
 */
public final class WhereFilterParser {
    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";

    private WhereFilterParser() {
    }

    /** Reads {@code filter} knowing only the standard grains. */
    public static ParsedFilter parse(String filter) {
        return parse(filter, Set.of());
    }

    /** Reads {@code filter}; {@code TimeDimension('metric_time__alien_day')} names a grain only if it is in {@code customGrains}. */
    public static ParsedFilter parse(String filter, Set<String> customGrains) {
        ObjectInterpreter.Context context = new ObjectInterpreter.Context(true, customGrains);
        List<FilterSegment> segments = new ArrayList<>();
        List<FilterProblem> problems = new ArrayList<>();
        int pos = 0;
        while (pos < filter.length()) {
            int open = filter.indexOf(OPEN, pos);
            if (open < 0) {
                segments.add(new FilterSegment.SqlText(filter.substring(pos), pos, filter.length()));
                break;
            }
            if (open > pos) {
                segments.add(new FilterSegment.SqlText(filter.substring(pos, open), pos, open));
            }
            int close = closing(filter, open + OPEN.length());
            if (close < 0) {
                close = filter.indexOf(CLOSE, open + OPEN.length()); // an unclosed quote: the object reports it
            }
            if (close < 0) {
                problems.add(new FilterProblem("'{{' is not closed with '}}'", open, filter.length()));
                segments.add(new FilterSegment.InvalidObject(filter.substring(open), open, filter.length()));
                break;
            }
            int end = close + CLOSE.length();
            segments.add(object(filter, open, end, context, problems));
            pos = end;
        }
        segments.stream().filter(FilterSegment.SqlText.class::isInstance)
                .forEach(sql -> unsupportedJinja(filter, sql, problems));
        problems.sort(Comparator.comparingInt(FilterProblem::start));
        return new ParsedFilter(filter, segments, problems);
    }

    /** {@code {% ... %}} and {@code {# ... #}} in the SQL: Jinja would run them, a compiler could not. */
    private static void unsupportedJinja(String filter, FilterSegment sql, List<FilterProblem> problems) {
        for (String marker : List.of("{%", "{#")) {
            int at = filter.indexOf(marker, sql.start());
            if (at >= 0 && at < sql.end()) {
                problems.add(new FilterProblem("A where filter takes only {{ ... }} objects and SQL; Jinja "
                        + (marker.equals("{%") ? "statements" : "comments") + " (" + marker + ") are not supported",
                        at, at + marker.length()));
            }
        }
    }

    private static FilterSegment object(String filter, int open, int end, ObjectInterpreter.Context context,
                                        List<FilterProblem> problems) {
        int innerStart = open + OPEN.length();
        int innerEnd = end - CLOSE.length();
        if (innerStart < innerEnd && filter.charAt(innerStart) == '-') {
            innerStart++; // Jinja whitespace control {{- ... -}}
        }
        if (innerEnd > innerStart && filter.charAt(innerEnd - 1) == '-') {
            innerEnd--;
        }
        ObjectCallParser.Result syntax = ObjectCallParser.parse(filter, innerStart, innerEnd);
        if (syntax.call().isPresent()) {
            ObjectInterpreter.Result meaning = ObjectInterpreter.interpret(syntax.call().get(), context);
            if (meaning.interpreted().isPresent()) {
                ObjectInterpreter.Interpreted found = meaning.interpreted().get();
                return new FilterSegment.ObjectReference(found.item(), open, end, found.nameStart(), found.nameEnd());
            }
            problems.add(meaning.problem().orElseThrow());
        } else {
            problems.add(syntax.problem().orElseThrow());
        }
        return new FilterSegment.InvalidObject(filter.substring(open, end), open, end);
    }

    /** The offset of the {@code }}} closing the object, skipping quoted strings; -1 when there is none. */
    private static int closing(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (text.startsWith(CLOSE, i)) {
                return i;
            }
        }
        return -1;
    }
}
