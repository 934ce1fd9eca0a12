package dev.steward.model.semantic.navigation;

/**
 * Identifies one semantic-layer symbol. {@code model} is the semantic model of a dimension
 * (dimension names are unique only within a model) and empty for every other kind: measures,
 * metrics, saved queries and semantic models are project-wide names, and an entity is the join key
 * shared by every model that declares it.
 */
public record SymbolKey(SymbolKind kind, String model, String name) {

    public static SymbolKey of(SymbolKind kind, String name) {
        return new SymbolKey(kind, "", name);
    }

    public static SymbolKey dimension(String model, String name) {
        return new SymbolKey(SymbolKind.DIMENSION, model, name);
    }

    /** {@code dimension customers.region}, {@code measure order_total}. */
    public String describe() {
        return kind.label() + " " + (model.isEmpty() ? "" : model + ".") + name;
    }
}
