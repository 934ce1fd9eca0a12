package dev.steward.model.semantic.navigation;

/** A name the workspace does not define: {@code expected} says what it should have named. */
public record UnresolvedName(String name, String expected, SymbolLocation location) {
}
