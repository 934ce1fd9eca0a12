package dev.steward.model.contract.schema;

import dev.steward.model.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An object of a standard (a server, a schema property, a quality check...). {@code id} is stable
 * across versions of the standard, so the same object can be looked up in a later version;
 * {@code label} names it in messages ("a schema property"). A closed type rejects unknown keys.
 * Types are assembled once by a spec builder (recursion needs late wiring) and then only read.
 */
public final class ObjectType implements Shape {

    private final String id;
    private final String label;
    private final boolean closed;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();
    private final List<Variant> variants = new ArrayList<>();
    private final List<ObjectRule> rules = new ArrayList<>();
    private String discriminator;

    public ObjectType(String id, String label, boolean closed) {
        this.id = id;
        this.label = label;
        this.closed = closed;
    }

    public ObjectType field(String name, Shape shape) {
        return field(Field.of(name, shape));
    }

    public ObjectType field(Field field) {
        fields.put(field.name(), field);
        return this;
    }

    public ObjectType require(String... names) {
        Collections.addAll(required, names);
        return this;
    }

    public ObjectType variant(Variant variant) {
        variants.add(variant);
        return this;
    }

    public ObjectType rule(ObjectRule rule) {
        rules.add(rule);
        return this;
    }

    /**
     * Names the key whose value selects the variants (e.g. a server's {@code type}). While it is
     * absent or not one of its allowed values, keys of the variants are not reported as unknown:
     * the problem with the discriminator is reported instead.
     */
    public ObjectType discriminator(String key) {
        this.discriminator = key;
        return this;
    }

    public String discriminator() {
        return discriminator;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return closed;
    }

    public Map<String, Field> fields() {
        return Collections.unmodifiableMap(fields);
    }

    public List<String> required() {
        return Collections.unmodifiableList(required);
    }

    public List<Variant> variants() {
        return Collections.unmodifiableList(variants);
    }

    public List<ObjectRule> rules() {
        return Collections.unmodifiableList(rules);
    }

    /**
     * The field {@code key} has in {@code mapping}: from the first applying (enforced) variant, else
     * the base; null when unknown.
     */
    public Field fieldFor(String key, YamlMapping mapping) {
        for (Variant v : variants) {
            Field f = v.advisory() ? null : v.fields().get(key);
            if (f != null && v.applies().test(mapping)) {
                return f;
            }
        }
        return fields.get(key);
    }

    /** The variants that apply to {@code mapping}, in declaration order. */
    public List<Variant> applying(YamlMapping mapping) {
        if (variants.isEmpty()) {
            return List.of();
        }
        List<Variant> out = new ArrayList<>(2);
        for (Variant v : variants) {
            if (v.applies().test(mapping)) {
                out.add(v);
            }
        }
        return out;
    }

    /** The field {@code key} has given the variants that apply: from the first of them that defines it, else the base. */
    public Field fieldIn(String key, List<Variant> applying) {
        for (Variant v : applying) {
            Field f = v.advisory() ? null : v.fields().get(key);
            if (f != null) {
                return f;
            }
        }
        return fields.get(key);
    }

    /** Variants that define {@code key} but do not apply to {@code mapping}. */
    public List<Variant> variantsDefining(String key, YamlMapping mapping) {
        List<Variant> out = new ArrayList<>(2);
        for (Variant v : variants) {
            if (v.fields().containsKey(key) && !v.applies().test(mapping)) {
                out.add(v);
            }
        }
        return out;
    }

    /** Every key allowed in {@code mapping} (base keys first, then applying variants' keys). */
    public Set<String> keysFor(YamlMapping mapping) {
        Set<String> keys = new LinkedHashSet<>(fields.keySet());
        for (Variant v : variants) {
            if (v.applies().test(mapping)) {
                keys.addAll(v.fields().keySet());
            }
        }
        return keys;
    }

    /** Every key any variant could allow, for completion when the discriminator is unknown. */
    public Set<String> allKeys() {
        Set<String> keys = new LinkedHashSet<>(fields.keySet());
        variants.forEach(v -> keys.addAll(v.fields().keySet()));
        return keys;
    }

    @Override
    public String expected() {
        return "a mapping (" + label + ")";
    }

    @Override
    public String toString() {
        return "ObjectType[" + id + "]";
    }
}
