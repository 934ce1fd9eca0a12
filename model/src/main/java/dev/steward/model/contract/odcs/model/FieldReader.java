package dev.steward.model.contract.odcs.model;

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
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads the fields of one YAML mapping into plain Java values and remembers what it could not
 * place. A key the reader never asks for, a value of the wrong type, and a repeated key all end
 * up in {@link #extensions()} (in source order) so that nothing in the source is lost.
 *
 * <p>Conventions: an absent key and an explicit {@code null} both read as null (or an empty
 * list); a text field accepts any scalar and keeps its source text ({@code version: 1.0} reads
 * as "1.0"); booleans and numbers must be YAML booleans and numbers. A key repeated in the
 * same mapping is kept as {@code key#line} (the line of the repetition).
 *
 * <p>Public only so the typed DCS reader ({@code contract.dcs.model}) shares it; it is a
 * single-use, not thread-safe reading aid, not part of the model.
 */
public final class FieldReader {

    private final YamlMapping mapping;
    private final Set<String> claimed = new HashSet<>();
    private final Set<String> wrong = new HashSet<>();

    public FieldReader(YamlMapping mapping) {
        this.mapping = mapping;
    }

    public YamlMapping mapping() {
        return mapping;
    }

    /** The value of {@code key} (null when absent or null), marking the key as known. */
    public YamlNode raw(String key) {
        claimed.add(key);
        YamlNode node = mapping.get(key).orElse(null);
        return node == null || node.isNull() ? null : node;
    }

    /** Marks {@code key} as holding a value the caller could not use: it is kept as an extension. */
    public void reject(String key) {
        wrong.add(key);
    }

    public String text(String key) {
        YamlNode node = raw(key);
        if (node instanceof YamlScalar s) {
            return s.value();
        }
        return mismatch(key, node);
    }

    public Boolean bool(String key) {
        YamlNode node = raw(key);
        if (node instanceof YamlScalar s && s.isBoolean()) {
            return s.asBoolean();
        }
        return mismatch(key, node);
    }

    public BigDecimal number(String key) {
        YamlNode node = raw(key);
        if (node instanceof YamlScalar s && s.isNumber() && s.asNumber().isPresent()) {
            return s.asNumber().get();
        }
        return mismatch(key, node);
    }

    public Long integer(String key) {
        YamlNode node = raw(key);
        if (node instanceof YamlScalar s && s.type() == YamlScalar.Type.INTEGER) {
            BigDecimal n = s.asNumber().orElse(null);
            if (n != null && n.toBigInteger().bitLength() < 64) {
                return n.toBigInteger().longValue();
            }
        }
        return mismatch(key, node);
    }

    /**
     * A list of non-null scalars as text. A single scalar is not a list, and a list holding a null
     * or a structure is not a list of texts: both read as empty and are kept as an extension.
     */
    public List<String> texts(String key) {
        YamlNode node = raw(key);
        if (node == null) {
            return List.of();
        }
        List<String> texts = node instanceof YamlSequence seq ? scalarTexts(seq) : null;
        if (texts == null) {
            wrong.add(key);
            return List.of();
        }
        return texts;
    }

    /** The texts of the items when every item is a non-null scalar, else null. */
    public static List<String> scalarTexts(YamlSequence seq) {
        List<String> out = new ArrayList<>(seq.size());
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlScalar s) || s.isNull()) {
                return null;
            }
            out.add(s.value());
        }
        return List.copyOf(out);
    }

    /** Any nodes, as they are (for values the standard leaves open, such as examples). */
    public List<YamlNode> nodes(String key) {
        YamlNode node = raw(key);
        if (node instanceof YamlSequence seq) {
            return seq.items();
        }
        if (node != null) {
            wrong.add(key);
        }
        return List.of();
    }

    /** A mapping read by {@code read}, or null when absent or not a mapping. */
    public <T> T object(String key, Function<YamlMapping, T> read) {
        YamlNode node = raw(key);
        if (node instanceof YamlMapping m) {
            return read.apply(m);
        }
        return mismatch(key, node);
    }

    /**
     * A list of mappings read by {@code read}. Items that are not mappings are skipped and the
     * whole raw list is then also kept as an extension.
     */
    public <T> List<T> objects(String key, Function<YamlMapping, T> read) {
        YamlNode node = raw(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof YamlSequence seq)) {
            wrong.add(key);
            return List.of();
        }
        List<T> out = new ArrayList<>(seq.size());
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlMapping m) {
                out.add(read.apply(m));
            } else {
                wrong.add(key);
            }
        }
        return List.copyOf(out);
    }

    /**
     * A mapping of named objects ({@code models: {orders: {...}}}) read by {@code read} with each
     * name, in source order. Entries whose value is not a mapping are skipped and the whole raw
     * mapping is then also kept as an extension.
     */
    public <T> List<T> namedObjects(String key, BiFunction<String, YamlMapping, T> read) {
        YamlNode node = raw(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof YamlMapping m)) {
            wrong.add(key);
            return List.of();
        }
        List<T> out = new ArrayList<>(m.entries().size());
        for (YamlMapping.Entry e : m.entries()) {
            if (e.value() instanceof YamlMapping value) {
                out.add(read.apply(e.name(), value));
            } else if (!e.value().isNull()) {
                wrong.add(key);
            }
        }
        return List.copyOf(out);
    }

    /** A mapping of names to non-null scalars ({@code links}) as text, in source order; else empty and kept. */
    public Map<String, String> textMap(String key) {
        YamlNode node = raw(key);
        if (node == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (node instanceof YamlMapping m) {
            for (YamlMapping.Entry e : m.entries()) {
                if (e.value() instanceof YamlScalar s && !s.isNull()) {
                    out.putIfAbsent(e.name(), s.value());
                } else {
                    wrong.add(key);
                    return Map.of();
                }
            }
            return Collections.unmodifiableMap(out);
        }
        wrong.add(key);
        return Map.of();
    }

    /**
     * The first of {@code kinds} present with a scalar or a list of scalars, as an operator; any
     * further operator, and one with an unusable value, is kept as an extension.
     */
    public Operator operator(List<String> kinds) {
        Operator found = null;
        for (YamlMapping.Entry e : mapping.entries()) {
            if (!kinds.contains(e.name()) || claimed.contains(e.name())) {
                continue;
            }
            YamlNode value = raw(e.name());
            List<String> values = value instanceof YamlScalar s ? List.of(s.value())
                    : value instanceof YamlSequence seq ? scalarTexts(seq) : null;
            if (value == null) {
                continue; // an explicit null reads as absent, as everywhere
            }
            if (values == null || found != null) {
                wrong.add(e.name());
            } else {
                found = new Operator(e.name(), values, e.key().range());
            }
        }
        return found;
    }

    /** The keys of this mapping among {@code known}, as scalar text in source order (others stay extensions). */
    public Map<String, String> textsOf(Set<String> known) {
        Map<String, String> out = new LinkedHashMap<>();
        for (YamlMapping.Entry e : mapping.entries()) {
            if (known.contains(e.name()) && !out.containsKey(e.name())) {
                String value = text(e.name());
                if (value != null) {
                    out.put(e.name(), value);
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** An open mapping (arguments, implementation objects) as an ordered map of raw nodes. */
    public Map<String, YamlNode> openObject(String key) {
        YamlNode node = raw(key);
        if (node instanceof YamlMapping m) {
            return entries(m);
        }
        mismatch(key, node);
        return Map.of();
    }

    /** Keys not asked for, wrong-typed values and repeated keys, in source order. */
    public Map<String, YamlNode> extensions() {
        Map<String, YamlNode> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (YamlMapping.Entry e : mapping.entries()) {
            boolean first = seen.add(e.name());
            if (!first || !claimed.contains(e.name()) || wrong.contains(e.name())) {
                out.putIfAbsent(first ? e.name() : e.name() + "#" + e.key().range().startLine(), e.value());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    public static Map<String, YamlNode> entries(YamlMapping m) {
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (YamlMapping.Entry e : m.entries()) {
            out.putIfAbsent(e.name(), e.value());
        }
        return Collections.unmodifiableMap(out);
    }

    private <T> T mismatch(String key, YamlNode node) {
        if (node != null) {
            wrong.add(key);
        }
        return null;
    }
}
