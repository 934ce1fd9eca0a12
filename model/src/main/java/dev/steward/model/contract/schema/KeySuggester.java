package dev.steward.model.contract.schema;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the allowed key a misspelt or foreign key most likely meant: a known alias from other tools
 * (e.g. {@code isNullable} for {@code required}, with inverted meaning), the same word in another
 * case, or a key within a small edit distance.
 */
public final class KeySuggester {

    /** A suggested key; {@code inverted} when the suggested key means the opposite (nullable vs required). */
    public record Suggestion(String key, boolean inverted) {
    }

    private static final Map<String, Suggestion> ALIASES = Map.ofEntries(
            Map.entry("isnullable", new Suggestion("required", true)),
            Map.entry("nullable", new Suggestion("required", true)),
            Map.entry("isunique", new Suggestion("unique", false)),
            Map.entry("isrequired", new Suggestion("required", false)),
            Map.entry("mandatory", new Suggestion("required", false)),
            Map.entry("isprimarykey", new Suggestion("primaryKey", false)),
            Map.entry("primary", new Suggestion("primaryKey", false)),
            Map.entry("pk", new Suggestion("primaryKey", false)),
            Map.entry("datatype", new Suggestion("logicalType", false)),
            Map.entry("columns", new Suggestion("properties", false)),
            Map.entry("fields", new Suggestion("properties", false)),
            Map.entry("tables", new Suggestion("schema", false)),
            Map.entry("owner", new Suggestion("team", false)));

    private KeySuggester() {
    }

    public static Optional<Suggestion> suggest(String unknown, Collection<String> allowed) {
        String lower = unknown.toLowerCase(Locale.ROOT);
        Suggestion alias = ALIASES.get(lower);
        if (alias != null && allowed.contains(alias.key())) {
            return Optional.of(alias);
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = unknown.length() <= 2 ? 0 : unknown.length() <= 4 ? 1 : 2;
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(unknown)) {
                return Optional.of(new Suggestion(candidate, false));
            }
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT), limit);
            if (d <= limit && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best).map(k -> new Suggestion(k, false));
    }

    /** Optimal-string-alignment distance, giving up (returning limit + 1) beyond {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
