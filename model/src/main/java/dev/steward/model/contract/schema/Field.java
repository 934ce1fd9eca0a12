package dev.steward.model.contract.schema;

/**
 * One key of an object type. {@code template} is the value a quick fix inserts when the key is
 * required and missing (null: no obvious value); {@code deprecation} explains a deprecated key
 * (null when not deprecated).
 */
public record Field(String name, Shape shape, String template, String deprecation) {

    public static Field of(String name, Shape shape) {
        return new Field(name, shape, null, null);
    }

    public Field withTemplate(String value) {
        return new Field(name, shape, value, deprecation);
    }

    public Field deprecated(String why) {
        return new Field(name, shape, template, why);
    }
}
