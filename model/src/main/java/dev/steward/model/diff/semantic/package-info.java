/**
 * Semantic diff of dbt Semantic Layer / MetricFlow files:
 * {@link dev.steward.model.diff.semantic.SemanticLayerDiffer}. Semantic models (with their entities,
 * dimensions and measures), metrics, saved queries and time spines are read with
 * {@code dev.steward.model.semantic} in any of its three formats, matched by name, and judged by
 * rule tables, one class per element kind. No JavaFX here.
 */
package dev.steward.model.diff.semantic;
