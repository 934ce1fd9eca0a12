package dev.steward.model.contract.schema;

/** A YAML list whose items all have shape {@code items}. */
public record ListShape(Shape items, int minItems, int maxItems, boolean uniqueItems) implements Shape {

    public static ListShape of(Shape items) {
        return new ListShape(items, 0, Integer.MAX_VALUE, false);
    }

    public static ListShape nonEmptyUnique(Shape items) {
        return new ListShape(items, 1, Integer.MAX_VALUE, true);
    }

    public static ListShape pair(Shape items, boolean unique) {
        return new ListShape(items, 2, 2, unique);
    }

    @Override
    public String expected() {
        return "a list";
    }
}
