package dev.steward.model.semantic.lint;

import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.Entity;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricSources;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.SemanticProject;
import dev.steward.model.semantic.filter.GroupByItem;
import dev.steward.model.semantic.filter.ItemKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a dimension named in a metric's filter can be joined to the semantic models the metric
 * reads, by MetricFlow's join rules: {@code entity__dimension} is local when the model has the entity,
 * or one join away through a model that has the entity as primary, unique or natural (never onto a
 * foreign entity, never natural to natural); {@code a__b__dimension} is two joins away. Longer paths
 * and metrics whose models cannot be told (conversion metrics) are not judged.
 */
final class JoinReach {
    private final SemanticProject project;
    private final MetricSources metricSources;

    JoinReach(SemanticProject project) {
        this.project = project;
        this.metricSources = new MetricSources(project);
    }

    /** The semantic models a metric reads, through its inputs; empty when they cannot all be told. */
    Set<SemanticModel> sources(Metric metric) {
        return metricSources.completeModels(metric.name()).<Set<SemanticModel>>map(LinkedHashSet::new).orElseGet(Set::of);
    }

    /** Why {@code item} cannot be reached from {@code source}, or empty when it can (or is not judged). */
    Optional<String> unreachable(GroupByItem item, SemanticModel source) {
        List<String> path = item.entityPath();
        boolean judged = (item.kind() == ItemKind.DIMENSION || item.kind() == ItemKind.TIME_DIMENSION)
                && !item.isMetricTime() && (path.size() == 1 || path.size() == 2);
        if (!judged) {
            return Optional.empty();
        }
        boolean time = item.kind() == ItemKind.TIME_DIMENSION;
        boolean reached = path.size() == 1 ? reaches(source, path.getFirst(), item.element(), time)
                : project.semanticModels().stream().filter(n -> joins(source, n, path.getFirst()))
                        .anyMatch(n -> reaches(n, path.get(1), item.element(), time) && n != source);
        if (reached) {
            return Optional.empty();
        }
        return Optional.of("'" + String.join("__", path) + "__" + item.element() + "' cannot be joined to semantic model '"
                + source.name() + "' (entities: " + String.join(", ", source.entities().stream().map(Entity::name).toList())
                + "): no model with that dimension is reachable through " + (path.size() == 1 ? "entity '" + path.getFirst()
                + "' (a join needs the entity as primary, unique or natural on the joined model)" : "that entity path"));
    }

    /** Whether {@code element} is a dimension of {@code from} (qualified by one of its entities) or one join away. */
    private boolean reaches(SemanticModel from, String entity, String element, boolean time) {
        if (has(from, entity) && dimension(from, element, time)) {
            return true;
        }
        return project.semanticModels().stream().anyMatch(n -> n != from && joins(from, n, entity) && dimension(n, element, time));
    }

    /** MetricFlow's join rule: the right side has the entity as primary, unique or natural; never natural to natural. */
    private static boolean joins(SemanticModel left, SemanticModel right, String entity) {
        return has(left, entity) && right.entityTypeOf(entity).isPresent()
                && Entity.joinable(left.entityTypeOf(entity), right.entityTypeOf(entity));
    }

    private static boolean has(SemanticModel m, String entity) {
        return m.entity(entity).isPresent() || m.primaryEntity().filter(entity::equals).isPresent();
    }

    private static boolean dimension(SemanticModel m, String element, boolean time) {
        return m.dimension(element).filter(d -> !time || d.dimensionType().orElse(null) == Dimension.Type.TIME).isPresent();
    }
}
