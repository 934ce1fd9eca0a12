package dev.steward.model.semantic;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one YAML mapping and remembers which keys were understood. A key is only
 * consumed when its value has the expected shape, so a wrong-typed value stays in
 * {@link #extensions()} with everything the reader does not know: nothing is ever dropped.
 */
final class MappingFields {
    private static final YamlMapping EMPTY = new YamlMapping(List.of(), false, SourceRange.START);

    private final YamlMapping mapping;
    private final Set<String> consumed = new HashSet<>();

    MappingFields(YamlMapping mapping) {
        this.mapping = mapping;
    }

    static MappingFields of(YamlNode node) {
        return new MappingFields(node instanceof YamlMapping m ? m : EMPTY);
    }

    /** The fields of {@code node} when it is a mapping with a {@code name}: every named element starts here. */
    static Optional<MappingFields> named(YamlNode node) {
        if (!(node instanceof YamlMapping m) || m.text("name").isEmpty()) {
            return Optional.empty();
        }
        MappingFields f = new MappingFields(m);
        f.consumed.add("name");
        return Optional.of(f);
    }

    /** The {@code name} of a mapping accepted by {@link #named}. */
    String name() {
        return mapping.text("name").orElse("");
    }

    YamlMapping mapping() {
        return mapping;
    }

    SourceRange range() {
        return mapping.range();
    }

    boolean has(String key) {
        return mapping.has(key);
    }

    /** The value as text when it is a non-null scalar (numbers and booleans as written). */
    Optional<String> text(String key) {
        Optional<String> v = mapping.text(key);
        v.ifPresent(x -> consumed.add(key));
        if (v.isEmpty() && mapping.get(key).filter(YamlNode::isNull).isPresent()) {
            consumed.add(key);
        }
        return v;
    }

    /** The value as a lower-case enum word. */
    Optional<String> word(String key) {
        return text(key).map(s -> s.strip().toLowerCase(java.util.Locale.ROOT));
    }

    Optional<Boolean> bool(String key) {
        return scalar(key, YamlScalar::isBoolean).map(YamlScalar::asBoolean);
    }

    Optional<BigDecimal> number(String key) {
        return scalar(key, s -> s.asNumber().isPresent()).flatMap(YamlScalar::asNumber);
    }

    /** The scalar under {@code key}, consumed when {@code accepted} says it has the expected type. */
    private Optional<YamlScalar> scalar(String key, java.util.function.Predicate<YamlScalar> accepted) {
        Optional<YamlScalar> v = mapping.get(key).filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast)
                .filter(accepted);
        v.ifPresent(x -> consumed.add(key));
        return v;
    }

    Optional<YamlMapping> mapping(String key) {
        Optional<YamlMapping> v = mapping.mapping(key);
        v.ifPresent(x -> consumed.add(key));
        return v;
    }

    /** The items of a list; a missing key is an empty list. */
    List<YamlNode> items(String key) {
        Optional<YamlSequence> v = mapping.sequence(key);
        v.ifPresent(x -> consumed.add(key));
        return v.map(YamlSequence::items).orElse(List.of());
    }

    /** A string or a list of strings (as for {@code filter} and {@code where}). */
    List<String> texts(String key) {
        Optional<YamlNode> v = mapping.get(key);
        if (v.isEmpty()) {
            return List.of();
        }
        if (v.get() instanceof YamlScalar s && !s.isNull()) {
            consumed.add(key);
            return List.of(s.value());
        }
        if (v.get() instanceof YamlSequence seq && seq.items().stream().allMatch(YamlScalar.class::isInstance)) {
            consumed.add(key);
            List<String> out = new ArrayList<>();
            for (YamlNode n : seq.items()) {
                if (!n.isNull()) {
                    out.add(((YamlScalar) n).value());
                }
            }
            return List.copyOf(out);
        }
        return List.of();
    }

    /** The raw node, consumed whatever its shape. */
    Optional<YamlNode> node(String key) {
        Optional<YamlNode> v = mapping.get(key);
        v.ifPresent(x -> consumed.add(key));
        return v;
    }

    /**
     * The mapping under {@code key}, not yet consumed: read it, then call {@link #settle} so the
     * key is consumed only when everything inside was understood.
     */
    Optional<MappingFields> nested(String key) {
        return mapping.mapping(key).map(MappingFields::new);
    }

    /** Consumes {@code key} when {@code child} understood all its keys; else the whole value stays an extension. */
    void settle(String key, MappingFields child) {
        if (child.extensions().isEmpty()) {
            consumed.add(key);
        }
    }

    /** Marks keys as understood without reading them (keys the caller reads elsewhere). */
    void skip(String... keys) {
        for (String k : keys) {
            consumed.add(k);
        }
    }

    /** Entries not understood, in source order; the first of repeated keys wins. */
    Map<String, YamlNode> extensions() {
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (YamlMapping.Entry e : mapping.entries()) {
            if (!consumed.contains(e.name())) {
                out.putIfAbsent(e.name(), e.value());
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
