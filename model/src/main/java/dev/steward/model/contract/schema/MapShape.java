package dev.steward.model.contract.schema;

/**
 * A mapping from user-chosen names to values of one shape (DCS {@code models}, {@code fields},
 * {@code servers}). {@code keyPattern} may restrict the names; {@code minEntries} is 0 or 1.
 */
public record MapShape(String entryLabel, Shape values, TextPattern keyPattern, int minEntries) implements Shape {

    public static MapShape of(String entryLabel, Shape values) {
        return new MapShape(entryLabel, values, null, 0);
    }

    @Override
    public String expected() {
        return "a mapping of names to " + entryLabel + "s";
    }
}
