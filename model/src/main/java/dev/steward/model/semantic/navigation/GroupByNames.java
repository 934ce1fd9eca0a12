package dev.steward.model.semantic.navigation;

import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.Entity;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricSources;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.SemanticProject;
import dev.steward.model.semantic.filter.SemanticNames;
import dev.steward.model.semantic.filter.TimeGranularity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query-time names reachable from semantic models through entity joins, as MetricFlow
 * resolves them: a model's own dimensions via its identifying entities ({@code order__status}),
 * another model's dimensions and entities via an entity both share where the other model is
 * primary, unique or natural for it ({@code customer__region}; no fan-out joins), time dimensions
 * with a grain suffix ({@code order__ordered_at__month}), and {@code metric_time}. One hop.
 */
final class GroupByNames {
    private static final List<TimeGranularity> SUFFIX_GRAINS = List.of(TimeGranularity.DAY, TimeGranularity.WEEK,
            TimeGranularity.MONTH, TimeGranularity.QUARTER, TimeGranularity.YEAR);
    private static final Set<Entity.Type> IDENTIFYING = EnumSet.of(Entity.Type.PRIMARY, Entity.Type.UNIQUE,
            Entity.Type.NATURAL);

    /** A group-by name and what it names. */
    record Name(String name, Kind kind, String model, String element, Optional<String> description, boolean withGrain) {
    }

    enum Kind { CATEGORICAL, TIME, ENTITY, METRIC_TIME }

    private GroupByNames() {
    }

    /** Names reachable from every model of {@code models} (all models when empty), in a stable order. */
    static List<Name> reachable(SemanticProject project, Collection<SemanticModel> models) {
        Collection<SemanticModel> from = models.isEmpty() ? project.semanticModels() : models;
        Map<String, Name> common = null;
        for (SemanticModel model : from) {
            Map<String, Name> names = fromModel(project, model);
            if (common == null) {
                common = names;
            } else {
                common.keySet().retainAll(names.keySet());
            }
        }
        List<Name> out = new ArrayList<>();
        out.add(new Name(SemanticNames.METRIC_TIME, Kind.METRIC_TIME, "", SemanticNames.METRIC_TIME, Optional.of("The metrics' aggregation time"), false));
        for (TimeGranularity g : SUFFIX_GRAINS) {
            out.add(new Name(SemanticNames.METRIC_TIME + SemanticNames.DUNDER + g.keyword(), Kind.METRIC_TIME, "",
                    SemanticNames.METRIC_TIME, Optional.empty(), true));
        }
        if (common != null) {
            out.addAll(common.values());
        }
        return out;
    }

    private static Map<String, Name> fromModel(SemanticProject project, SemanticModel model) {
        Map<String, Name> names = new LinkedHashMap<>();
        for (Entity e : model.entities()) {
            names.putIfAbsent(e.name(), new Name(e.name(), Kind.ENTITY, model.name(), e.name(), e.description(), false));
        }
        model.primaryEntity().ifPresent(p -> names.putIfAbsent(p, new Name(p, Kind.ENTITY, model.name(), p, Optional.empty(), false)));
        for (String link : identifyingEntities(model)) {
            dimensions(names, link, model);
        }
        for (Entity e : model.entities()) {
            for (SemanticModel other : project.semanticModels()) {
                if (other != model && Entity.joinable(e.entityType(), other.entityTypeOf(e.name()))) {
                    dimensions(names, e.name(), other);
                    for (Entity f : other.entities()) {
                        if (!f.name().equals(e.name())) {
                            String name = e.name() + SemanticNames.DUNDER + f.name();
                            names.putIfAbsent(name, new Name(name, Kind.ENTITY, other.name(), f.name(), f.description(), false));
                        }
                    }
                }
            }
        }
        return names;
    }

    private static Set<String> identifyingEntities(SemanticModel model) {
        Set<String> out = new LinkedHashSet<>();
        model.entities().stream().filter(e -> e.entityType().filter(IDENTIFYING::contains).isPresent())
                .forEach(e -> out.add(e.name()));
        model.primaryEntity().ifPresent(out::add);
        return out;
    }

    private static void dimensions(Map<String, Name> names, String link, SemanticModel model) {
        for (Dimension d : model.dimensions()) {
            String name = link + SemanticNames.DUNDER + d.name();
            boolean time = d.dimensionType().filter(t -> t == Dimension.Type.TIME).isPresent();
            names.putIfAbsent(name, new Name(name, time ? Kind.TIME : Kind.CATEGORICAL, model.name(), d.name(), d.description(), false));
            if (time) {
                TimeGranularity base = d.timeGranularity().flatMap(TimeGranularity::parse).orElse(TimeGranularity.DAY);
                for (TimeGranularity g : SUFFIX_GRAINS) {
                    if (g.compareTo(base) >= 0) {
                        String grained = name + SemanticNames.DUNDER + g.keyword();
                        names.putIfAbsent(grained, new Name(grained, Kind.TIME, model.name(), d.name(), d.description(), true));
                    }
                }
            }
        }
    }

    /** The semantic models whose dimensions a metric can be grouped by (conversion: its base input). */
    static Set<SemanticModel> modelsOf(SemanticProject project, Metric metric) {
        return new MetricSources(project).groupingModels(metric.name());
    }
}
