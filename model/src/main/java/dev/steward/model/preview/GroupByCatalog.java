package dev.steward.model.preview;

import dev.steward.model.semantic.MetricSources;
import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.Entity;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.SemanticProject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The group-by names a set of metrics can be queried by, in MetricFlow's dunder form:
 * {@code metric_time} at day, week, month, quarter and year first; then dimensions reachable from every
 * metric's models ({@code order__status}, {@code customer__region}, time dimensions with a grain suffix,
 * two-hop paths such as {@code order__customer__region}); then entities. A join goes from an entity of the
 * model to a model where that entity is primary, unique or natural (never a fan-out), as the compiler does.
 */
public final class GroupByCatalog {

    /** The grains offered for time group-bys, finest first. */
    public static final List<String> GRAINS = List.of("day", "week", "month", "quarter", "year");

    private static final int MAX_HOPS = 2;

    private final SemanticProject project;
    private final MetricSources sources;

    public GroupByCatalog(SemanticProject project) {
        this.project = project;
        this.sources = new MetricSources(project);
    }

    /** Names valid for every metric in {@code metrics}; empty when {@code metrics} is empty. */
    public List<String> groupByNames(Collection<String> metrics) {
        Set<String> common = null;
        for (String metric : metrics) {
            Set<String> names = new LinkedHashSet<>();
            Set<SemanticModel> models = sources.groupingModels(metric);
            if (models.isEmpty()) {
                return List.of(); // an unknown metric: nothing is known to be valid
            }
            for (SemanticModel m : models) {
                names.addAll(reachable(m));
            }
            if (common == null) {
                common = names;
            } else {
                common.retainAll(names);
            }
        }
        if (common == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        GRAINS.forEach(g -> out.add("metric_time__" + g));
        Set<String> dimensions = new TreeSet<>();
        Set<String> entities = new TreeSet<>();
        for (String n : common) {
            (n.startsWith("entity:") ? entities : dimensions).add(n.startsWith("entity:") ? n.substring(7) : n);
        }
        out.addAll(dimensions);
        out.addAll(entities);
        return out;
    }

    /** Dimension names (and entity names, marked {@code entity:}) reachable from {@code model}. */
    private Set<String> reachable(SemanticModel model) {
        Set<String> out = new LinkedHashSet<>();
        model.primaryEntityName().ifPresent(primary -> addDimensions(primary, model, out));
        walk(model, "", 0, out, new LinkedHashSet<>(List.of(model.name())));
        return out;
    }

    private void walk(SemanticModel from, String prefix, int hops, Set<String> out, Set<String> visited) {
        for (Entity e : from.entities()) {
            String path = prefix + e.name();
            out.add("entity:" + path);
            if (hops == MAX_HOPS) {
                continue;
            }
            for (SemanticModel target : project.semanticModels()) {
                if (visited.contains(target.name()) || !joinable(target, e.name())) {
                    continue;
                }
                addDimensions(path, target, out);
                Set<String> next = new LinkedHashSet<>(visited);
                next.add(target.name());
                walk(target, path + "__", hops + 1, out, next);
            }
        }
    }

    private static boolean joinable(SemanticModel target, String entity) {
        return target.entity(entity).flatMap(Entity::entityType)
                .map(t -> t != Entity.Type.FOREIGN).orElse(false)
                || target.primaryEntity().map(entity::equals).orElse(false);
    }

    private static void addDimensions(String path, SemanticModel model, Set<String> out) {
        for (Dimension d : model.dimensions()) {
            String name = path + "__" + d.name();
            if (d.dimensionType().orElse(null) == Dimension.Type.TIME) {
                out.add(name);
                GRAINS.forEach(g -> out.add(name + "__" + g));
            } else {
                out.add(name);
            }
        }
    }
}
