package dev.steward.model.semantic.navigation;

/** What a semantic-layer name defines. */
public enum SymbolKind {
    SEMANTIC_MODEL("semantic model"), ENTITY("entity"), DIMENSION("dimension"), MEASURE("measure"),
    METRIC("metric"), SAVED_QUERY("saved query");

    private final String label;

    SymbolKind(String label) {
        this.label = label;
    }

    /** The word for messages: "semantic model", "measure", ... */
    public String label() {
        return label;
    }
}
