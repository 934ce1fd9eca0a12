package dev.steward.model.query;

import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.Entity;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.SemanticProject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds how a semantic model reaches a dimension or entity named by an entity path, as MetricFlow joins:
 * the right side of every join is a primary, unique or natural entity (joining onto a foreign key would fan
 * out rows), natural to natural is refused, at most {@value #MAX_JOIN_HOPS} joins, fewest joins win.
 */
final class JoinPlanner {
    static final int MAX_JOIN_HOPS = 2;

    private final SemanticProject project;

    JoinPlanner(SemanticProject project) {
        this.project = project;
    }

    /** One join: from {@code left} along {@code entity} onto {@code right}. */
    record JoinStep(String entity, SemanticModel left, SemanticModel right) {
    }

    /** The joins to make, the model that holds the element at the end, and the full entity path taken. */
    record Route(List<JoinStep> steps, SemanticModel target, List<String> links) {
    }

    /**
     * The fewest-join route from {@code from} along {@code links} to {@code element}, if there is one. As in
     * MetricFlow, a path may leave out leading entities when only one way fills them in
     * ({@code user__home_state} from bookings is {@code listing__user__home_state}).
     */
    Optional<Route> route(SemanticModel from, List<String> links, String element) {
        List<Route> found = new ArrayList<>();
        search(from, links, 0, element, new ArrayList<>(), found);
        if (found.isEmpty() && links.size() < MAX_JOIN_HOPS) {
            for (Entity first : from.entities()) {
                List<String> longer = new ArrayList<>(List.of(first.name()));
                longer.addAll(links);
                if (!links.contains(first.name())) {
                    search(from, longer, 0, element, new ArrayList<>(), found);
                }
            }
            if (found.size() > 1) {
                return Optional.empty();
            }
        }
        return found.stream().min((a, b) -> Integer.compare(a.steps().size(), b.steps().size()));
    }

    private void search(SemanticModel current, List<String> links, int index, String element, List<JoinStep> steps,
                        List<Route> found) {
        if (index == links.size()) {
            if (!steps.isEmpty() && holds(current, element)) {
                found.add(new Route(List.copyOf(steps), current, List.copyOf(links)));
            }
            return;
        }
        String entity = links.get(index);
        if (index == links.size() - 1 && isIdentity(current, entity) && holds(current, element)) {
            found.add(new Route(List.copyOf(steps), current, List.copyOf(links)));
        }
        Optional<Entity> left = current.entity(entity);
        if (left.isEmpty() || steps.size() >= MAX_JOIN_HOPS) {
            return;
        }
        for (SemanticModel right : project.semanticModels()) {
            if (right == current || steps.stream().anyMatch(s -> s.left() == right)) {
                continue;
            }
            if (joinable(left.get(), right.entity(entity))) {
                steps.add(new JoinStep(entity, current, right));
                search(right, links, index + 1, element, steps, found);
                steps.removeLast();
            }
        }
    }

    static boolean joinable(Entity left, Optional<Entity> right) {
        if (right.isEmpty()) {
            return false;
        }
        return Entity.joinable(left.entityType(), right.get().entityType());
    }

    /** The entity that identifies rows of {@code model}: its own dimensions are reached through it. */
    static boolean isIdentity(SemanticModel model, String entity) {
        if (model.primaryEntity().filter(entity::equals).isPresent()) {
            return true;
        }
        return model.entity(entity).flatMap(Entity::entityType).filter(t -> t != Entity.Type.FOREIGN).isPresent();
    }

    static boolean holds(SemanticModel model, String element) {
        return model.dimension(element).isPresent() || model.entity(element).isPresent();
    }

    /** Names {@code from} can group by: its entities, its own dimensions and what one or two joins reach. */
    Set<String> reachableNames(SemanticModel from) {
        Set<String> names = new LinkedHashSet<>();
        from.entities().forEach(e -> names.add(e.name()));
        collect(from, "", 0, names, new ArrayList<>(List.of(from)));
        return names;
    }

    private void collect(SemanticModel current, String prefix, int hops, Set<String> names, List<SemanticModel> seen) {
        for (Entity e : current.entities()) {
            if (isIdentity(current, e.name()) && hops == 0) {
                addElements(current, prefix + e.name() + "__", e.name(), names);
            }
        }
        current.primaryEntity().filter(p -> hops == 0).ifPresent(p -> addElements(current, p + "__", p, names));
        if (hops >= MAX_JOIN_HOPS) {
            return;
        }
        for (Entity e : current.entities()) {
            for (SemanticModel right : project.semanticModels()) {
                if (!seen.contains(right) && joinable(e, right.entity(e.name()))) {
                    String path = prefix + e.name() + "__";
                    addElements(right, path, e.name(), names);
                    seen.add(right);
                    collect(right, path, hops + 1, names, seen);
                    seen.removeLast();
                }
            }
        }
    }

    private static void addElements(SemanticModel model, String prefix, String via, Set<String> names) {
        for (Dimension d : model.dimensions()) {
            names.add(prefix + d.name());
        }
        model.entities().stream().filter(x -> !x.name().equals(via)).forEach(x -> names.add(prefix + x.name()));
    }

    /** Why {@code links}/{@code element} cannot be reached from {@code from} (no route exists). */
    String whyUnreachable(SemanticModel from, List<String> links, String element) {
        List<SemanticModel> holders = project.semanticModels().stream().filter(m -> holds(m, element)).toList();
        if (holders.isEmpty()) {
            return "no semantic model has a dimension or entity named '" + element + "'";
        }
        if (links.isEmpty()) {
            return "a dimension is named with the entity it belongs to ('<entity>__" + element + "'), and '"
                    + element + "' is not an entity of semantic model '" + from.name() + "'";
        }
        String first = links.getFirst();
        if (from.entity(first).isEmpty() && from.primaryEntity().filter(first::equals).isEmpty()) {
            return "semantic model '" + from.name() + "' has no entity '" + first + "' (its entities: "
                    + String.join(", ", from.entities().stream().map(Entity::name).toList()) + ")";
        }
        String last = links.getLast();
        for (SemanticModel holder : holders) {
            Optional<Entity> key = holder.entity(last);
            if (key.isPresent() && key.get().entityType().orElse(Entity.Type.FOREIGN) == Entity.Type.FOREIGN) {
                return "'" + element + "' is in semantic model '" + holder.name() + "', where '" + last
                        + "' is a foreign entity: joining onto a foreign key would fan out rows (allowed: primary, "
                        + "unique or natural entities on the joined side)";
            }
        }
        if (links.size() > MAX_JOIN_HOPS) {
            return "the path " + String.join(" -> ", links) + " needs more than " + MAX_JOIN_HOPS + " joins";
        }
        return "'" + element + "' is defined in " + String.join(", ", holders.stream().map(SemanticModel::name)
                .map(n -> "'" + n + "'").toList()) + ", which '" + from.name() + "' cannot join to along "
                + String.join(" -> ", links) + " (joins go onto primary, unique or natural entities, natural to "
                + "natural is not allowed, at most " + MAX_JOIN_HOPS + " joins)";
    }
}
