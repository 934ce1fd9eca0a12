package dev.steward.model.semantic.filter;

/** What a reference names. {@link #NAME} is a bare query-time name whose kind only the project can tell. */
public enum ItemKind {
    DIMENSION("Dimension"), TIME_DIMENSION("TimeDimension"), ENTITY("Entity"), METRIC("Metric"), NAME("name");

    private final String objectName;

    ItemKind(String objectName) {
        this.objectName = objectName;
    }

    /** The Jinja object that writes this kind ({@code TimeDimension}). */
    public String objectName() {
        return objectName;
    }
}
