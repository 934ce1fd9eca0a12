package dev.steward.model.semantic.lint;

import dev.steward.model.semantic.filter.ParsedFilter;
import dev.steward.model.semantic.filter.WhereFilterParser;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where filters of one project parsed once: the filter checks and the reachability checks of every
 * file read the same parse. Keyed by the filter text; the custom grains are the project's. Thread-safe.
 */
final class ParsedFilters {
    private final Set<String> customGrains;
    private final Map<String, ParsedFilter> byText = new ConcurrentHashMap<>();

    ParsedFilters(Set<String> customGrains) {
        this.customGrains = Set.copyOf(customGrains);
    }

    Set<String> customGrains() {
        return customGrains;
    }

    ParsedFilter parse(String filter) {
        return byText.computeIfAbsent(filter, f -> WhereFilterParser.parse(f, customGrains));
    }
}
