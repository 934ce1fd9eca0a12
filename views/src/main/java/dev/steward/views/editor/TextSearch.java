package dev.steward.views.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Literal (not regex) search of a text. */
final class TextSearch {
    private TextSearch() {
    }

    /** One occurrence, {@code [start, end)}. */
    record Match(int start, int end) {
    }

    /** All non-overlapping occurrences of {@code query} in {@code text}, in order; none for an empty query. */
    static List<Match> findAll(String text, String query, boolean caseSensitive) {
        if (query.isEmpty()) {
            return List.of();
        }
        int flags = Pattern.LITERAL | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher m = Pattern.compile(query, flags).matcher(text);
        var matches = new ArrayList<Match>();
        while (m.find()) {
            matches.add(new Match(m.start(), m.end()));
        }
        return matches;
    }

    /** Index of the first match starting at or after {@code offset}, wrapping to 0; -1 when there are none. */
    static int nextIndex(List<Match> matches, int offset) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() >= offset) {
                return i;
            }
        }
        return matches.isEmpty() ? -1 : 0;
    }

    /** Index of the last match ending before {@code offset}, wrapping to the last; -1 when there are none. */
    static int previousIndex(List<Match> matches, int offset) {
        for (int i = matches.size() - 1; i >= 0; i--) {
            if (matches.get(i).start() < offset) {
                return i;
            }
        }
        return matches.size() - 1;
    }
}
