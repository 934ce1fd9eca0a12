package dev.steward.model.semantic.navigation;

/** One place a symbol's name is written: its definition or a reference to it. */
public record SymbolOccurrence(SymbolKey key, SymbolLocation location, boolean definition) {
}
