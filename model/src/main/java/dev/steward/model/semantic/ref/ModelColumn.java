package dev.steward.model.semantic.ref;

import java.util.Optional;

/** A column of the table a semantic model reads, as far as its source tells ({@code logicalType} from contracts). */
public record ModelColumn(String name, Optional<String> logicalType, boolean primaryKey, boolean unique) {
}
