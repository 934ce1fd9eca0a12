/**
 * Editor intelligence for dbt Semantic Layer / MetricFlow YAML: a workspace symbol index
 * ({@link dev.steward.model.semantic.navigation.SemanticSymbolIndex}) of definitions and exact
 * references (including names inside filter strings and dunder paths), and on top of it completion,
 * hover, go to definition, find usages and rename. No JavaFX.
 */
package dev.steward.model.semantic.navigation;
