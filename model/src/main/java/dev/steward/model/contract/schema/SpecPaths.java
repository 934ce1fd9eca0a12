package dev.steward.model.contract.schema;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up what a spec allows at a path of keys, for completion and form views. A path is a list
 * of keys from the document root; {@code "-"} steps into the items of a list; inside a name map
 * (DCS {@code models}) any key steps to the named entry.
 */
public final class SpecPaths {

    public static final String ITEM = "-";

    private SpecPaths() {
    }

    /** The shape at {@code path}, when the path leads anywhere. */
    public static Optional<Shape> shapeAt(Spec spec, List<String> path) {
        return shapeAt(spec, path, List.of());
    }

    /**
     * The shape at {@code path}, where {@code owners.get(i)} holds known scalar entries of the
     * mapping in which {@code path.get(i)} is looked up (they select variants, e.g. the
     * logicalTypeOptions of an integer); {@code owners} may be shorter than the path.
     */
    public static Optional<Shape> shapeAt(Spec spec, List<String> path, List<Map<String, String>> owners) {
        Shape shape = spec.root();
        for (int i = 0; i < path.size(); i++) {
            String step = path.get(i);
            Map<String, String> owner = i < owners.size() ? owners.get(i) : Map.of();
            shape = owner.isEmpty() || !(shape instanceof ObjectType t) ? step(shape, step) : stepWith(t, step, owner);
            if (shape == null) {
                return Optional.empty();
            }
        }
        return Optional.of(shape);
    }

    /** The object type of the mapping at {@code path} (a list item or object value), if it is one. */
    public static Optional<ObjectType> objectAt(Spec spec, List<String> path) {
        return objectAt(spec, path, List.of());
    }

    /** As {@link #objectAt(Spec, List)}, with known entries of the mappings along the path (see {@link #shapeAt(Spec, List, List)}). */
    public static Optional<ObjectType> objectAt(Spec spec, List<String> path, List<Map<String, String>> owners) {
        return shapeAt(spec, path, owners).map(s -> s instanceof ChoiceShape c ? c.whenMapping() : s)
                .filter(ObjectType.class::isInstance).map(ObjectType.class::cast);
    }

    private static Shape stepWith(ObjectType type, String step, Map<String, String> owner) {
        Field f = type.fieldFor(step, mappingOf(owner));
        return f != null ? f.shape() : step(type, step);
    }

    /** Keys allowed in the mapping at {@code path} whose other entries are {@code siblings} (they select variants). */
    public static List<String> keysAt(Spec spec, List<String> path, Map<String, String> siblings) {
        return objectAt(spec, path).map(t -> List.copyOf(t.keysFor(mappingOf(siblings)))).orElse(List.of());
    }

    /** Every key any variant of the mapping at {@code path} may have. */
    public static List<String> keysAt(Spec spec, List<String> path) {
        return objectAt(spec, path).map(t -> List.copyOf(t.allKeys())).orElse(List.of());
    }

    /** The allowed values of {@code key} in the mapping at {@code path}: an enum, or true/false. */
    public static List<String> valuesAt(Spec spec, List<String> path, String key, Map<String, String> siblings) {
        return objectAt(spec, path).map(t -> t.fieldFor(key, mappingOf(siblings))).map(SpecPaths::valuesOf).orElse(List.of());
    }

    /** The values a field takes: its enum, true/false, or the values the standard recommends; empty for free text. */
    public static List<String> valuesOf(Field f) {
        Shape s = f.shape() instanceof ChoiceShape c && c.whenScalar() != null ? c.whenScalar() : f.shape();
        if (s instanceof ScalarShape scalar) {
            if (!scalar.allowed().isEmpty()) {
                return scalar.allowed();
            }
            if (scalar.type() == ScalarType.BOOLEAN) {
                return List.of("true", "false");
            }
        }
        return f.suggested();
    }

    /** Whether {@code key} is required in the mapping at {@code path} with these siblings. */
    public static boolean isRequired(ObjectType type, String key, Map<String, String> siblings) {
        if (type.required().contains(key)) {
            return true;
        }
        YamlMapping m = mappingOf(siblings);
        return type.variants().stream().anyMatch(v -> v.required().contains(key) && v.applies().test(m));
    }

    /** A stand-in mapping of scalar entries, for variant selection when only text is at hand. */
    public static YamlMapping mappingOf(Map<String, String> entries) {
        List<YamlMapping.Entry> list = new ArrayList<>(entries.size());
        entries.forEach((k, v) -> list.add(new YamlMapping.Entry(scalar(k),
                v == null || v.isEmpty() ? new YamlScalar("", YamlScalar.Type.NULL, YamlScalar.Style.PLAIN, SourceRange.START)
                        : scalar(v))));
        return new YamlMapping(list, false, SourceRange.START);
    }

    private static YamlScalar scalar(String text) {
        return new YamlScalar(text, YamlScalar.Type.STRING, YamlScalar.Style.PLAIN, SourceRange.START);
    }

    private static Shape step(Shape shape, String step) {
        return switch (shape) {
            case ObjectType t -> {
                Field f = t.fields().get(step);
                if (f == null) {
                    f = t.variants().stream().map(v -> v.fields().get(step)).filter(x -> x != null).findFirst().orElse(null);
                }
                yield f == null ? null : f.shape();
            }
            case ListShape l -> ITEM.equals(step) ? l.items() : null;
            case MapShape m -> ITEM.equals(step) ? null : m.values();
            case ChoiceShape c -> ITEM.equals(step)
                    ? (c.whenList() == null ? null : step(c.whenList(), step))
                    : (c.whenMapping() == null ? null : step(c.whenMapping(), step));
            case ScalarShape s -> null;
        };
    }
}
