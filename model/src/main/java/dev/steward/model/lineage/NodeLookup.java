package dev.steward.model.lineage;

import dev.steward.model.text.ClosestMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the node a person means: by id ({@code model.jaffle_shop.orders},
 * {@code contract:orders/orders}), else by name when exactly one node has it (case-insensitive as
 * a last resort). When nothing matches it suggests the closest ids.
 */
public sealed interface NodeLookup {

    int MAX_SUGGESTIONS = 3;

    record Found(LineageNode node) implements NodeLookup {
    }

    /** Several nodes have the name asked for; {@code candidates} are them. */
    record Ambiguous(String query, List<LineageNode> candidates) implements NodeLookup {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /** No node matches; {@code suggestions} are the ids of the closest nodes, best first (maybe none). */
    record Unknown(String query, List<String> suggestions) implements NodeLookup {
        public Unknown {
            suggestions = List.copyOf(suggestions);
        }
    }

    static NodeLookup find(LineageGraph graph, String query) {
        Optional<LineageNode> byId = graph.node(query);
        if (byId.isPresent()) {
            return new Found(byId.get());
        }
        List<LineageNode> byName = graph.nodes().stream().filter(n -> n.name().equals(query)).toList();
        if (byName.isEmpty()) {
            String lower = query.toLowerCase(Locale.ROOT);
            byName = graph.nodes().stream().filter(n -> n.id().toLowerCase(Locale.ROOT).equals(lower)
                    || n.name().toLowerCase(Locale.ROOT).equals(lower)).toList();
        }
        if (byName.size() == 1) {
            return new Found(byName.getFirst());
        }
        if (byName.size() > 1) {
            return new Ambiguous(query, byName);
        }
        return new Unknown(query, suggestions(graph, query));
    }

    private static List<String> suggestions(LineageGraph graph, String query) {
        Map<String, String> idByWord = new LinkedHashMap<>();
        for (LineageNode n : graph.nodes()) {
            idByWord.putIfAbsent(n.id(), n.id());
            idByWord.putIfAbsent(n.name(), n.id());
        }
        Set<String> words = new LinkedHashSet<>(idByWord.keySet());
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < MAX_SUGGESTIONS) {
            Optional<String> best = ClosestMatch.closest(query, words);
            if (best.isEmpty()) {
                break;
            }
            words.remove(best.get());
            out.add(idByWord.get(best.get()));
        }
        if (out.isEmpty()) { // no typo-close word: ids containing what was typed ("stg_" finds the staging models)
            String lower = query.toLowerCase(Locale.ROOT);
            graph.nodes().stream().filter(n -> n.id().toLowerCase(Locale.ROOT).contains(lower))
                    .limit(MAX_SUGGESTIONS).forEach(n -> out.add(n.id()));
        }
        return new ArrayList<>(out);
    }
}
