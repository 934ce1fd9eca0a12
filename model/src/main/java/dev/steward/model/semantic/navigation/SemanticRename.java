package dev.steward.model.semantic.navigation;

import dev.steward.model.semantic.filter.SemanticNames;
import dev.steward.model.semantic.filter.TimeGranularity;
import dev.steward.model.text.TextEdit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renames a measure, metric, dimension or entity everywhere: its definition(s) and every reference,
 * including names inside filter strings, dunder paths ({@code customer__region}) and derived
 * expressions. Refuses, with a message saying why, a name MetricFlow would reject or one that
 * would collide with an existing name. Stateless.
 */
public final class SemanticRename {
    private static final Set<SymbolKind> RENAMABLE = Set.of(SymbolKind.MEASURE, SymbolKind.METRIC,
            SymbolKind.DIMENSION, SymbolKind.ENTITY);

    private SemanticRename() {
    }

    /** The outcome: the edits per file (in offset order), or why the rename is refused. */
    public record Result(Optional<SymbolKey> symbol, Map<Path, List<TextEdit>> edits, Optional<String> refusal) {
        public Result {
            Map<Path, List<TextEdit>> copy = new LinkedHashMap<>();
            edits.forEach((p, e) -> copy.put(p, List.copyOf(e)));
            edits = java.util.Collections.unmodifiableMap(copy);
        }

        static Result refused(Optional<SymbolKey> symbol, String why) {
            return new Result(symbol, Map.of(), Optional.of(why));
        }

        public boolean accepted() {
            return refusal.isEmpty();
        }

        public int editCount() {
            return edits.values().stream().mapToInt(List::size).sum();
        }
    }

    /** The name under the cursor, for a rename dialog's initial text. */
    public static Optional<SymbolKey> renamableAt(SemanticSymbolIndex index, Path path, int offset) {
        return SemanticNavigator.symbolAt(index, path, offset).filter(k -> RENAMABLE.contains(k.kind()));
    }

    /** Renames the symbol under {@code offset} of {@code path} to {@code newName}. */
    public static Result rename(SemanticSymbolIndex index, Path path, int offset, String newName) {
        Optional<SymbolKey> at = SemanticNavigator.symbolAt(index, path, offset);
        if (at.isEmpty()) {
            return Result.refused(at, "Put the cursor on the name of a measure, metric, dimension or entity to rename it.");
        }
        return rename(index, at.get(), newName);
    }

    public static Result rename(SemanticSymbolIndex index, SymbolKey key, String newName) {
        Optional<SymbolKey> symbol = Optional.of(key);
        if (!RENAMABLE.contains(key.kind())) {
            return Result.refused(symbol, "Only measures, metrics, dimensions and entities can be renamed; '"
                    + key.name() + "' is a " + key.kind().label() + ".");
        }
        String name = newName == null ? "" : newName.strip();
        Optional<String> problem = SemanticNames.definitionProblem(name)
                .or(() -> TimeGranularity.parse(name).isPresent()
                        ? Optional.of("'" + name + "' is a time granularity, which MetricFlow reads as a grain")
                        : Optional.empty());
        if (problem.isPresent()) {
            return Result.refused(symbol, "Cannot rename " + key.describe() + ": " + problem.get()
                    + ". Names use lower-case letters, digits and single underscores, like 'order_total'.");
        }
        if (name.equals(key.name())) {
            return Result.refused(symbol, "The new name is the same as the old one.");
        }
        Optional<String> collision = collision(index, key, name);
        if (collision.isPresent()) {
            return Result.refused(symbol, "Cannot rename " + key.describe() + " to '" + name + "': " + collision.get() + ".");
        }
        Map<Path, List<TextEdit>> edits = new LinkedHashMap<>();
        Set<SymbolLocation> implicit = new java.util.HashSet<>();
        for (SymbolDefinition d : index.definitions(key)) {
            if (!d.explicitName()) {
                if (d.naming().isEmpty()) {
                    return Result.refused(symbol, "Cannot rename " + key.describe() + ": at " + d.location().describe()
                            + " it takes its name from its column; add 'name: " + key.name() + "' to the "
                            + key.kind().label() + " first.");
                }
                // the column keeps its name; the element gets an explicit one
                implicit.add(d.location());
                edits.computeIfAbsent(d.location().path(), f -> new ArrayList<>()).add(d.naming().get().edit(name));
            }
        }
        for (SymbolOccurrence o : index.occurrences(key)) {
            if (o.definition() && implicit.contains(o.location())) {
                continue;
            }
            Path file = o.location().path();
            String text = index.text(file).orElse("");
            int start = o.location().range().startOffset();
            int end = o.location().range().endOffset();
            if (end > text.length() || !text.substring(start, end).equals(key.name())) {
                return Result.refused(symbol, "The index of " + file + " is out of date; try again.");
            }
            edits.computeIfAbsent(file, f -> new ArrayList<>()).add(TextEdit.replace(start, end, name));
        }
        return new Result(symbol, edits, Optional.empty());
    }

    /** Why {@code name} is taken where {@code key} lives, or empty. */
    private static Optional<String> collision(SemanticSymbolIndex index, SymbolKey key, String name) {
        SymbolKey same = new SymbolKey(key.kind(), key.model(), name);
        if (!index.definitions(same).isEmpty()) {
            return Optional.of("a " + key.kind().label() + " '" + name + "' already exists at "
                    + index.definitions(same).getFirst().location().describe());
        }
        List<String> owners = index.definitions(key).stream().map(SymbolDefinition::owner).filter(o -> !o.isEmpty())
                .distinct().toList();
        if (key.kind() == SymbolKind.METRIC) {
            owners = List.of();
        }
        for (SymbolDefinition d : index.definitions()) {
            boolean element = d.key().kind() == SymbolKind.ENTITY || d.key().kind() == SymbolKind.DIMENSION
                    || d.key().kind() == SymbolKind.MEASURE;
            if (element && d.key().name().equals(name) && owners.contains(d.owner())) {
                return Optional.of("semantic model " + d.owner() + " already has a " + d.key().kind().label()
                        + " '" + name + "' (" + d.location().describe() + "); entity, dimension and measure names "
                        + "must be unique within a semantic model");
            }
        }
        return Optional.empty();
    }
}
