package dev.steward.model.yaml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML mapping keeping its entries in source order. Keys are scalars (a complex key is kept
 * with its text); when a key is repeated the first entry wins for lookups and the parser reports
 * the repetition.
 */
public record YamlMapping(List<Entry> entries, boolean flow, SourceRange range) implements YamlNode {

    /** One {@code key: value} pair. */
    public record Entry(YamlScalar key, YamlNode value) {
        public String name() {
            return key.value();
        }
    }

    public YamlMapping {
        entries = List.copyOf(entries);
    }


    public Optional<Entry> entry(String key) {
        for (Entry e : entries) {
            if (e.key().value().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public Optional<YamlNode> get(String key) {
        return entry(key).map(Entry::value);
    }

    public boolean has(String key) {
        return entry(key).isPresent();
    }

    /** The value of {@code key} as text when it is a non-null scalar. */
    public Optional<String> text(String key) {
        return get(key).filter(n -> n instanceof YamlScalar s && s.type() != YamlScalar.Type.NULL)
                .map(n -> ((YamlScalar) n).value());
    }

    public Optional<YamlMapping> mapping(String key) {
        return get(key).filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast);
    }

    public Optional<YamlSequence> sequence(String key) {
        return get(key).filter(YamlSequence.class::isInstance).map(YamlSequence.class::cast);
    }

    public List<String> keys() {
        return entries.stream().map(Entry::name).toList();
    }

    /** Entries by key, first occurrence winning. */
    public Map<String, Entry> asMap() {
        Map<String, Entry> m = new HashMap<>(entries.size() * 2);
        for (Entry e : entries) {
            m.putIfAbsent(e.name(), e);
        }
        return m;
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
