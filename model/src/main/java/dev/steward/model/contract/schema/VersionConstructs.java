package dev.steward.model.contract.schema;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.util.List;
import java.util.Optional;

/**
 * Explains a structural problem as the use of a newer version's construct: the first later
 * version in which the same object (by type id) accepts the offending key or value.
 */
final class VersionConstructs {

    /** A construct of {@code version}; {@code key} is the key to point at (for missing-key cases). */
    record Construct(Spec spec, YamlScalar key) {
    }

    private final List<Spec> later;
    private final List<Spec> earlier;

    VersionConstructs(SpecFamily family, Version declared) {
        this.later = family.laterThan(declared);
        this.earlier = family.specs().stream().filter(s -> s.version().compareTo(declared) < 0).toList().reversed();
    }

    /** The latest earlier spec whose same object had {@code key}: the key was removed after it. */
    Optional<Spec> removedAfter(ObjectType type, String key, YamlMapping mapping) {
        for (Spec spec : earlier) {
            ObjectType old = spec.type(type.id());
            if (old != null && old.fieldFor(key, mapping) != null) {
                return Optional.of(spec);
            }
        }
        return Optional.empty();
    }

    /** The first later spec where {@code node} is acceptable (shallowly) at {@code slot}. */
    Optional<Spec> accepting(Slot slot, YamlNode node) {
        if (slot.owner() == null) {
            return Optional.empty();
        }
        for (Spec spec : later) {
            ObjectType type = spec.type(slot.owner().id());
            Field f = type == null ? null : type.fieldFor(slot.key(), slot.ownerMapping());
            if (f != null && acceptsShallow(slot.item() ? itemShape(f.shape()) : f.shape(), node)) {
                return Optional.of(spec);
            }
        }
        return Optional.empty();
    }

    /** The first later spec where {@code mapping} needs no {@code missing} key, and a key it uses that the declared type does not know. */
    Optional<Construct> withoutRequirement(ObjectType declared, YamlMapping mapping, String missing) {
        for (Spec spec : later) {
            ObjectType type = spec.type(declared.id());
            if (type == null || isRequired(type, mapping, missing)) {
                continue;
            }
            YamlMapping.Entry first = null;
            for (YamlMapping.Entry e : mapping.entries()) {
                if (declared.fieldFor(e.name(), mapping) == null && type.fieldFor(e.name(), mapping) != null) {
                    if (isRequired(type, mapping, e.name())) {
                        return Optional.of(new Construct(spec, e.key()));
                    }
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                return Optional.of(new Construct(spec, first.key()));
            }
        }
        return Optional.empty();
    }

    private static boolean isRequired(ObjectType type, YamlMapping mapping, String key) {
        if (type.required().contains(key)) {
            return true;
        }
        for (Variant v : type.variants()) {
            if (v.required().contains(key) && v.applies().test(mapping)) {
                return true;
            }
        }
        return false;
    }

    private static Shape itemShape(Shape shape) {
        if (shape instanceof ChoiceShape c && c.whenList() != null) {
            shape = c.whenList();
        }
        return shape instanceof ListShape l ? l.items() : null;
    }

    static boolean acceptsShallow(Shape shape, YamlNode node) {
        return switch (shape) {
            case null -> false;
            case ScalarShape s -> s.type().accepts(node)
                    && (s.allowed().isEmpty() || node instanceof YamlScalar sc && s.allowed().contains(sc.value()));
            case ListShape l -> node instanceof YamlSequence;
            case MapShape m -> node instanceof YamlMapping;
            case ObjectType o -> node instanceof YamlMapping;
            case ChoiceShape c -> c.branchFor(node).map(b -> acceptsShallow(b, node)).orElse(false);
        };
    }
}
