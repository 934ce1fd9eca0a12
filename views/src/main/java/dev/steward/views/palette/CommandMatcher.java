package dev.steward.views.palette;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Ranks commands against what the user typed: every typed character must appear in order
 * (subsequence match); word starts and contiguous runs score higher.
 */
public final class CommandMatcher {
    private CommandMatcher() {
    }

    public static List<PaletteCommand> rank(List<PaletteCommand> commands, String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return commands.stream().sorted(Comparator.comparing(PaletteCommand::title)).toList();
        }
        record Scored(PaletteCommand command, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (PaletteCommand c : commands) {
            int s = score(c.title().toLowerCase(Locale.ROOT), q);
            if (s > Integer.MIN_VALUE) {
                scored.add(new Scored(c, s));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed().thenComparing(s -> s.command().title()));
        return scored.stream().map(Scored::command).toList();
    }

    /** Higher is better; {@link Integer#MIN_VALUE} when {@code query} is not a subsequence of {@code text}. */
    static int score(String text, String query) {
        int score = 0;
        int t = 0;
        int run = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            int found = text.indexOf(c, t);
            if (found < 0) {
                return Integer.MIN_VALUE;
            }
            boolean wordStart = found == 0 || !Character.isLetterOrDigit(text.charAt(found - 1));
            run = found == t && i > 0 ? run + 1 : 0;
            score += (wordStart ? 10 : 1) + run * 3 - (found - t);
            t = found + 1;
        }
        return score;
    }
}
