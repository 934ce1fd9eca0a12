package dev.steward.model.semantic.navigation;

import java.util.List;
import java.util.Optional;

/**
 * Where a symbol is defined and what it is. {@code location} covers the name as written; when the
 * name is implicit (a latest-spec column entity or dimension without {@code name:}) it covers the
 * column name, {@code explicitName} is false and {@code naming} says how a rename writes the name. {@code facts} are short "key: value" lines for a
 * hover ({@code agg: sum}, {@code type: time (day)}); {@code owner} is the semantic model an entity,
 * dimension or measure belongs to (empty for the others).
 */
public record SymbolDefinition(SymbolKey key, String owner, SymbolLocation location, boolean explicitName,
                               Optional<NameInsertion> naming, List<String> facts, Optional<String> description) {

    public SymbolDefinition {
        facts = List.copyOf(facts);
    }
}
