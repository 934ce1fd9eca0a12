package dev.steward.model.semantic.navigation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Go to definition, hover and find usages at a cursor, over a {@link SemanticSymbolIndex}. The
 * index must hold the text the offset refers to ({@link SemanticSymbolIndex#with}). Stateless.
 */
public final class SemanticNavigator {

    private SemanticNavigator() {
    }

    /** The symbol whose name is under {@code offset} of {@code path}. */
    public static Optional<SymbolKey> symbolAt(SemanticSymbolIndex index, Path path, int offset) {
        return index.occurrenceAt(path, offset).map(SymbolOccurrence::key);
    }

    /** Where the name under the cursor is defined. */
    public static Optional<SymbolLocation> definitionAt(SemanticSymbolIndex index, Path path, int offset) {
        return symbolAt(index, path, offset).flatMap(index::definition).map(SymbolDefinition::location);
    }

    /**
     * Every place the symbol under the cursor is written, definitions flagged, in path and offset
     * order; empty when the cursor is on no known name.
     */
    public static List<SymbolOccurrence> usagesAt(SemanticSymbolIndex index, Path path, int offset) {
        return symbolAt(index, path, offset).map(index::occurrences).orElse(List.of());
    }

    /** What the name under the cursor is. */
    public static Optional<Hover> hoverAt(SemanticSymbolIndex index, Path path, int offset) {
        return index.occurrenceAt(path, offset).flatMap(o -> index.definition(o.key()).map(d -> hover(index, o, d)));
    }

    private static Hover hover(SemanticSymbolIndex index, SymbolOccurrence at, SymbolDefinition d) {
        List<String> lines = new ArrayList<>(d.facts());
        int others = index.definitions(d.key()).size() - 1;
        if (d.key().kind() == SymbolKind.ENTITY && others > 0) {
            lines.add("also in: " + String.join(", ", index.definitions(d.key()).stream().filter(x -> x != d)
                    .map(SymbolDefinition::owner).toList()));
        }
        long uses = index.occurrences(d.key()).stream().filter(o -> !o.definition()).count();
        lines.add(uses + (uses == 1 ? " reference" : " references"));
        String title = d.key().kind().label() + " " + d.key().name();
        return new Hover(title, lines, d.description(), d.location(), at.location());
    }

    /**
     * A hover: {@code title} ("measure order_total"), short facts, the description, where the symbol
     * is defined, and the range of the name hovered.
     */
    public record Hover(String title, List<String> facts, Optional<String> description, SymbolLocation definedAt,
                        SymbolLocation hovered) {
        public Hover {
            facts = List.copyOf(facts);
        }

        /** Plain text for a popup. */
        public String text() {
            StringBuilder out = new StringBuilder(title);
            facts.forEach(f -> out.append('\n').append(f));
            description.ifPresent(x -> out.append("\n\n").append(x));
            out.append("\n\n").append(definedAt.describe());
            return out.toString();
        }
    }
}
