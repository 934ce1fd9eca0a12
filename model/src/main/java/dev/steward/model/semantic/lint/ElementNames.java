package dev.steward.model.semantic.lint;

import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.Entity;
import dev.steward.model.semantic.Measure;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.SemanticDocument;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.filter.GroupByItem;
import dev.steward.model.semantic.filter.SemanticNames;
import dev.steward.model.text.ClosestMatch;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names a filter or group-by may refer to in one project: entities, and for each entity the
 * dimensions (and time dimensions) of the semantic models that have it, which is how
 * {@code entity__dimension} names are formed; and metrics. Answers whether a parsed reference
 * names something that exists, with the closest existing name when it does not. Immutable.
 */
final class ElementNames {
    private final Set<String> entities = new HashSet<>();
    private final Map<String, Set<String>> dimensionsByEntity = new HashMap<>();
    private final Map<String, Set<String>> timeDimensionsByEntity = new HashMap<>();
    private final Set<String> metrics = new HashSet<>();

    ElementNames(List<SemanticDocument> documents) {
        for (SemanticDocument d : documents) {
            for (SemanticModel m : d.semanticModels()) {
                for (Entity e : m.entities()) {
                    entities.add(e.name());
                    for (Dimension dim : m.dimensions()) {
                        dimensionsByEntity.computeIfAbsent(e.name(), k -> new HashSet<>()).add(dim.name());
                        if (dim.dimensionType().orElse(null) == Dimension.Type.TIME) {
                            timeDimensionsByEntity.computeIfAbsent(e.name(), k -> new HashSet<>()).add(dim.name());
                        }
                    }
                }
                m.primaryEntity().ifPresent(entities::add);
                m.primaryEntity().ifPresent(p -> m.dimensions().forEach(dim -> {
                    dimensionsByEntity.computeIfAbsent(p, k -> new HashSet<>()).add(dim.name());
                    if (dim.dimensionType().orElse(null) == Dimension.Type.TIME) {
                        timeDimensionsByEntity.computeIfAbsent(p, k -> new HashSet<>()).add(dim.name());
                    }
                }));
                m.measures().stream().filter(Measure::createMetric).map(Measure::name).forEach(metrics::add);
            }
            d.metrics().stream().map(Metric::name).forEach(metrics::add);
        }
    }

    /** Why a reference resolves to nothing, and the name to write instead when one is close. */
    record Unresolved(String message, Optional<String> replacement) {
    }

    /** Why {@code item} names nothing in the project, or empty when it resolves. */
    Optional<Unresolved> problem(GroupByItem item) {
        if (item.isMetricTime()) {
            return Optional.empty();
        }
        String element = item.element();
        List<String> path = item.entityPath();
        String entity = path.isEmpty() ? null : path.getLast();
        return switch (item.kind()) {
            case METRIC -> metrics.contains(element) ? Optional.empty() : Optional.of(unknown("metric", element, metrics));
            case ENTITY -> entities.contains(element) ? Optional.empty()
                    : Optional.of(unknown("entity", element, entities));
            case DIMENSION -> qualified(path, element, dimensionsByEntity, "dimension");
            case TIME_DIMENSION -> qualified(path, element, timeDimensionsByEntity, "time dimension");
            case NAME -> entity == null
                    ? (entities.contains(element) ? Optional.empty() : Optional.of(unknown("entity", element, entities)))
                    : entities.contains(element) && entities.contains(entity) ? Optional.empty()
                    : qualified(path, element, dimensionsByEntity, "dimension");
        };
    }

    private Optional<Unresolved> qualified(List<String> path, String element, Map<String, Set<String>> byEntity,
                                           String what) {
        if (path.isEmpty()) {
            return Optional.empty(); // the parser already requires entity__name; nothing more to say
        }
        String entity = path.getLast();
        String prefix = path.size() == 1 ? "" : String.join(SemanticNames.DUNDER, path.subList(0, path.size() - 1))
                + SemanticNames.DUNDER;
        if (!entities.contains(entity)) {
            Optional<String> close = ClosestMatch.closest(entity, entities);
            return Optional.of(new Unresolved("no entity is named '" + entity + "'"
                    + close.map(c -> "; did you mean '" + c + "'?").orElse(""),
                    close.map(c -> prefix + c + SemanticNames.DUNDER + element)));
        }
        if (byEntity.getOrDefault(entity, Set.of()).contains(element)) {
            return Optional.empty();
        }
        Set<String> names = new TreeSet<>();
        byEntity.forEach((e, dims) -> dims.forEach(d -> names.add(e + SemanticNames.DUNDER + d)));
        Optional<String> close = ClosestMatch.closest(entity + SemanticNames.DUNDER + element, names);
        return Optional.of(new Unresolved("no semantic model with entity '" + entity + "' has a " + what + " '" + element
                + "'" + close.map(c -> "; did you mean '" + c + "'?").orElse(
                        byEntity.containsKey(entity) ? "; " + what + "s via '" + entity + "': "
                                + String.join(", ", new TreeSet<>(byEntity.get(entity))) : ""),
                close.map(c -> prefix + c)));
    }

    private static Unresolved unknown(String what, String name, Set<String> known) {
        Optional<String> close = ClosestMatch.closest(name, known);
        return new Unresolved("no " + what + " is named '" + name + "'"
                + close.map(c -> "; did you mean '" + c + "'?").orElse(""), close);
    }
}
