package dev.steward.model.semantic;

import java.util.List;

/**
 * Recognises semantic-layer YAML by content, like {@code ArtifactDetector}: one pass over the lines,
 * looking at keys only. Top-level {@code semantic_models:}, {@code metrics:}, {@code saved_queries:}
 * or a MetricFlow-native key is enough; inside a top-level {@code models:} block, a
 * {@code semantic_model:} / {@code time_spine:} key or a column's {@code entity:} / {@code dimension:}
 * is. A plain dbt schema file (models with columns and tests only) is not semantic. The scan does not
 * track nesting inside {@code models:}, so an {@code entity:} key under a {@code meta:} block also
 * counts: a false positive costs one read that finds nothing, a false negative would hide a file.
 */
public final class SemanticRecognizer {
    private static final List<String> TOP_LEVEL = List.of("semantic_models", "metrics", "saved_queries",
            "semantic_model", "metric", "saved_query", "project_configuration");
    private static final List<String> IN_MODELS = List.of("semantic_model", "time_spine", "entity", "dimension",
            "derived_semantics");

    private SemanticRecognizer() {
    }

    public static boolean recognises(String text) {
        int length = text.length();
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        boolean inModels = false;
        while (start < length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            char first = text.charAt(start);
            if (first != ' ' && first != '\t' && first != '#' && first != '\r' && first != '\n') {
                inModels = keyAt(text, start, end, "models");
                for (String key : TOP_LEVEL) {
                    if (keyAt(text, start, end, key)) {
                        return true;
                    }
                }
            } else if (inModels && nestedKey(text, start, end)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /** An indented line whose key (after blanks and an optional {@code - }) is a semantic one. */
    private static boolean nestedKey(String text, int start, int end) {
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
            i++;
        }
        for (String key : IN_MODELS) {
            if (keyAt(text, i, end, key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code [start, end)} is {@code key}, optional blanks, then ':' ending the key. */
    static boolean keyAt(String text, int start, int end, String key) {
        if (!text.startsWith(key, start)) {
            return false;
        }
        int i = start + key.length();
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < end && text.charAt(i) == ':' && (i + 1 == end || Character.isWhitespace(text.charAt(i + 1)));
    }
}
