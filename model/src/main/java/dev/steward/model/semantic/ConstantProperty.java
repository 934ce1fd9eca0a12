package dev.steward.model.semantic;

import dev.steward.model.yaml.SourceRange;

/** A conversion metric's {@code constant_properties} item. */
public record ConstantProperty(String baseProperty, String conversionProperty, SourceRange range) {
}
