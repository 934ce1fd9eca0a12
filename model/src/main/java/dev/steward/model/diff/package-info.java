/**
 * Semantic diff: what changed in meaning between two revisions of a workspace file, classified as
 * breaking, warning or info. Each artifact kind plugs in its own {@link dev.steward.model.diff.ArtifactDiffer}
 * (contracts in {@code .contract}, the semantic layer in {@code .semantic}, data products in
 * {@code .product}); {@link dev.steward.model.diff.SemanticDiffEngine} picks the differ by the kind
 * of the file's content and collects one {@link dev.steward.model.diff.ArtifactDiff} per file.
 * Revisions, Git and blast radius live in {@code dev.steward.model.review}. No JavaFX here.
 */
package dev.steward.model.diff;
