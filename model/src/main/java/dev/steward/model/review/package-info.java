/**
 * Reviews of changes between two revisions of a workspace: reading files at any revision through
 * JGit (no checkout), the semantic diff between them ({@code dev.steward.model.diff}), blast radius
 * through the lineage graph, review comments and decisions stored in the repository under
 * {@code .steward/reviews/}, and merging a reviewed branch. No JavaFX here.
 */
package dev.steward.model.review;
