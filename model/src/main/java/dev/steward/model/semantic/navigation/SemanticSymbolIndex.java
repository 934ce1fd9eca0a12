package dev.steward.model.semantic.navigation;

import dev.steward.model.semantic.SemanticDocument;
import dev.steward.model.semantic.SemanticProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The semantic symbols of a workspace: every definition and every reference, resolved, with exact
 * file ranges. Immutable and thread-safe; {@link #with(Path, String)} gives the index after one file
 * changed, re-scanning only that file (resolution is a linear pass over the pending names).
 */
public final class SemanticSymbolIndex {
    private final Path root;
    private final Map<Path, FileSymbols> files;
    private final Map<SymbolKey, List<SymbolDefinition>> definitions = new LinkedHashMap<>();
    private final Map<String, Set<String>> modelsByEntity = new HashMap<>();
    private final Map<SymbolKey, List<SymbolOccurrence>> occurrences = new LinkedHashMap<>();
    private final Map<Path, List<SymbolOccurrence>> occurrencesByFile = new HashMap<>();
    private final List<UnresolvedName> unresolved = new ArrayList<>();
    private SemanticProject project;

    private SemanticSymbolIndex(Path root, Map<Path, FileSymbols> files) {
        this.root = root;
        this.files = Collections.unmodifiableMap(files);
        for (FileSymbols file : files.values()) {
            for (SymbolDefinition d : file.definitions()) {
                definitions.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(d);
                if (d.key().kind() == SymbolKind.ENTITY) {
                    modelsByEntity.computeIfAbsent(d.key().name(), k -> new LinkedHashSet<>()).add(d.owner());
                }
                occur(new SymbolOccurrence(d.key(), d.location(), true));
            }
        }
        for (FileSymbols file : files.values()) {
            for (PendingReference r : file.references()) {
                SymbolLocation at = new SymbolLocation(file.path(), r.range());
                resolve(r).ifPresentOrElse(key -> occur(new SymbolOccurrence(key, at, false)),
                        () -> unresolved.add(new UnresolvedName(r.name(), expected(r), at)));
            }
        }
        occurrencesByFile.values().forEach(list -> list.sort(Comparator.comparingInt(o -> o.location().range().startOffset())));
    }

    /** An index of {@code files} (path → text); paths are kept as given, relative to {@code root} or absolute. */
    public static SemanticSymbolIndex of(Path root, Map<Path, String> files) {
        Map<Path, FileSymbols> scanned = new TreeMap<>();
        files.forEach((path, text) -> scanned.put(path, FileSymbols.scan(path, text)));
        return new SemanticSymbolIndex(root, scanned);
    }

    /** The index after {@code path} changed to {@code text} (or was added). */
    public SemanticSymbolIndex with(Path path, String text) {
        FileSymbols current = files.get(path);
        if (current != null && current.text().equals(text)) {
            return this;
        }
        Map<Path, FileSymbols> next = new TreeMap<>(files);
        next.put(path, FileSymbols.scan(path, text));
        return new SemanticSymbolIndex(root, next);
    }

    /** The index without {@code path}. */
    public SemanticSymbolIndex without(Path path) {
        if (!files.containsKey(path)) {
            return this;
        }
        Map<Path, FileSymbols> next = new TreeMap<>(files);
        next.remove(path);
        return new SemanticSymbolIndex(root, next);
    }

    public Path root() {
        return root;
    }

    public Set<Path> paths() {
        return files.keySet();
    }

    /** The text the index was built from for {@code path}. */
    public Optional<String> text(Path path) {
        return Optional.ofNullable(files.get(path)).map(FileSymbols::text);
    }

    /** The semantic layer of the indexed files, merged (for completion and hover details). */
    public synchronized SemanticProject project() {
        if (project == null) {
            List<SemanticDocument> docs = files.values().stream().map(FileSymbols::document).filter(d -> !d.isEmpty()).toList();
            project = new SemanticProject(root, docs);
        }
        return project;
    }

    public List<SymbolDefinition> definitions() {
        return definitions.values().stream().flatMap(List::stream).toList();
    }

    /** All definitions of {@code key}: one, except for entities (one per model) and duplicates. */
    public List<SymbolDefinition> definitions(SymbolKey key) {
        return definitions.getOrDefault(key, List.of());
    }

    /**
     * The definition to go to: for an entity, the model where it is primary, unique or natural
     * (the model it identifies), else the first one.
     */
    public Optional<SymbolDefinition> definition(SymbolKey key) {
        List<SymbolDefinition> all = definitions(key);
        return all.stream().filter(d -> key.kind() != SymbolKind.ENTITY || identifying(d)).findFirst()
                .or(() -> all.stream().findFirst());
    }

    private static boolean identifying(SymbolDefinition d) {
        return d.facts().stream().anyMatch(f -> f.startsWith("type: primary") || f.startsWith("type: unique")
                || f.startsWith("type: natural"));
    }

    /** Definitions and references of {@code key}, in path then offset order. */
    public List<SymbolOccurrence> occurrences(SymbolKey key) {
        List<SymbolOccurrence> all = new ArrayList<>(occurrences.getOrDefault(key, List.of()));
        all.sort(Comparator.comparing((SymbolOccurrence o) -> o.location().path().toString())
                .thenComparingInt(o -> o.location().range().startOffset()));
        return all;
    }

    /** Every occurrence in {@code path}, in offset order. */
    public List<SymbolOccurrence> occurrences(Path path) {
        return occurrencesByFile.getOrDefault(path, List.of());
    }

    /** The occurrence whose name covers {@code offset} (the cursor may sit just after the name). */
    public Optional<SymbolOccurrence> occurrenceAt(Path path, int offset) {
        return occurrences(path).stream().filter(o -> o.location().range().contains(offset)).findFirst();
    }

    /** References naming nothing the workspace defines. */
    public List<UnresolvedName> unresolved() {
        return List.copyOf(unresolved);
    }

    /** The semantic models that declare entity {@code name}, in file order. */
    public Set<String> modelsWithEntity(String name) {
        return modelsByEntity.getOrDefault(name, Set.of());
    }

    private void occur(SymbolOccurrence o) {
        occurrences.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
        occurrencesByFile.computeIfAbsent(o.location().path(), k -> new ArrayList<>()).add(o);
    }

    private Optional<SymbolKey> resolve(PendingReference r) {
        String name = r.name();
        return switch (r.expect()) {
            case MEASURE -> defined(SymbolKey.of(SymbolKind.MEASURE, name));
            case METRIC -> defined(SymbolKey.of(SymbolKind.METRIC, name))
                    .or(() -> defined(SymbolKey.of(SymbolKind.MEASURE, name)));
            case ENTITY -> defined(SymbolKey.of(SymbolKind.ENTITY, name));
            case DIMENSION_OF_MODEL -> defined(SymbolKey.dimension(r.scope(), name));
            case DIMENSION_VIA_ENTITY -> viaEntity(r.scope(), name);
            case GROUP_BY_NAME -> (r.scope().isEmpty() ? Optional.<SymbolKey>empty() : viaEntity(r.scope(), name))
                    .or(() -> defined(SymbolKey.of(SymbolKind.ENTITY, name)));
            case ORDER_BY_NAME -> defined(SymbolKey.of(SymbolKind.METRIC, name))
                    .or(() -> defined(SymbolKey.of(SymbolKind.ENTITY, name)));
            case ELEMENT_OF_INPUT -> inputModel(r.scope()).flatMap(model -> defined(SymbolKey.dimension(model, name)))
                    .or(() -> defined(SymbolKey.of(SymbolKind.ENTITY, name)));
        };
    }

    /** The semantic model of a measure, or of a simple metric declared under a model (latest spec). */
    private Optional<String> inputModel(String input) {
        return definitions(SymbolKey.of(SymbolKind.MEASURE, input)).stream()
                .map(SymbolDefinition::owner).filter(o -> !o.isEmpty()).findFirst()
                .or(() -> definitions(SymbolKey.of(SymbolKind.METRIC, input)).stream()
                        .map(SymbolDefinition::owner).filter(o -> !o.isEmpty()).findFirst());
    }

    /**
     * A dimension {@code name} of a model that has entity {@code entity}, preferring the models the
     * entity identifies (primary, unique, natural): those MetricFlow joins to.
     */
    private Optional<SymbolKey> viaEntity(String entity, String name) {
        List<String> models = new ArrayList<>();
        for (SymbolDefinition d : definitions(SymbolKey.of(SymbolKind.ENTITY, entity))) {
            if (identifying(d) && !models.contains(d.owner())) {
                models.add(d.owner());
            }
        }
        for (String model : modelsWithEntity(entity)) {
            if (!models.contains(model)) {
                models.add(model);
            }
        }
        for (String model : models) {
            Optional<SymbolKey> key = defined(SymbolKey.dimension(model, name));
            if (key.isPresent()) {
                return key;
            }
        }
        return Optional.empty();
    }

    private Optional<SymbolKey> defined(SymbolKey key) {
        return definitions.containsKey(key) ? Optional.of(key) : Optional.empty();
    }

    private static String expected(PendingReference r) {
        return switch (r.expect()) {
            case MEASURE -> "a measure";
            case METRIC -> "a metric";
            case ENTITY -> "an entity";
            case DIMENSION_OF_MODEL -> "a dimension of semantic model " + r.scope();
            case DIMENSION_VIA_ENTITY -> "a dimension of a semantic model with entity " + r.scope();
            case GROUP_BY_NAME -> "a dimension or entity";
            case ORDER_BY_NAME -> "a metric or group-by name";
            case ELEMENT_OF_INPUT -> "a dimension or entity of the model of " + r.scope();
        };
    }
}
