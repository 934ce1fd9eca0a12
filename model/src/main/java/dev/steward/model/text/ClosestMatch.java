package dev.steward.model.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" by edit distance. A candidate matches when it differs from the word by at
 * most about a third of the word's length (one edit for short words, never more than three).
 * Case differences count as half an edit, so {@code CustomerId} finds {@code customerid} first.
 * Stateless and thread-safe.
 */
public final class ClosestMatch {

    private static final int MAX_DISTANCE = 3;

    private ClosestMatch() {
    }

    /** The candidate closest to {@code word}, if one is close enough; never {@code word} itself. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        if (word == null || word.isEmpty() || candidates == null || candidates.isEmpty()) {
            return Optional.empty();
        }
        int allowed = allowedDistance(word);
        String lowerWord = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate == null || candidate.isEmpty() || candidate.equals(word)
                    || Math.abs(candidate.length() - word.length()) > allowed) {
                continue;
            }
            int distance = distance(lowerWord, candidate.toLowerCase(Locale.ROOT), allowed);
            if (distance > allowed) {
                continue;
            }
            // doubled so that a difference of case only (score 1) ranks before any real edit (score 2)
            boolean caseDiffers = distance(word, candidate, allowed + 1) > distance;
            int score = distance * 2 + (caseDiffers ? 1 : 0);
            if (score < bestScore || (score == bestScore && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Edits allowed between {@code word} and a suggestion for it. */
    static int allowedDistance(String word) {
        return Math.max(1, Math.min(MAX_DISTANCE, word.length() / 3));
    }

    /**
     * Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
     * neighbouring chars), or {@code limit + 1} as soon as it must exceed {@code limit}.
     */
    public static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int[] previous2 = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = current[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, previous2[j - 2] + 1);
                }
                current[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], limit + 1);
    }
}
