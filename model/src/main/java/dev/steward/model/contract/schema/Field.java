package dev.steward.model.contract.schema;

import java.util.List;

/**
 * One key of an object type. {@code template} is the value a quick fix inserts when the key is
 * required and missing (null: no obvious value); {@code deprecation} explains a deprecated key
 * (null when not deprecated); {@code suggested} lists values the standard recommends for a free
 * text key (offered by completion, never enforced).
 */
public record Field(String name, Shape shape, String template, String deprecation, List<String> suggested) {

    public Field {
        suggested = List.copyOf(suggested);
    }

    public static Field of(String name, Shape shape) {
        return new Field(name, shape, null, null, List.of());
    }

    public Field withTemplate(String value) {
        return new Field(name, shape, value, deprecation, suggested);
    }

    public Field deprecated(String why) {
        return new Field(name, shape, template, why, suggested);
    }

    public Field withSuggestions(String... values) {
        return new Field(name, shape, template, deprecation, List.of(values));
    }

    public Field withSuggestions(List<String> values) {
        return new Field(name, shape, template, deprecation, values);
    }
}
