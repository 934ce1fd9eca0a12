/**
 * Reviews of changes between two revisions of a workspace. {@link dev.steward.model.review.WorkspaceReview}
 * is the entry point: it reads files at any revision through JGit without a checkout (changed paths
 * by a tree walk, renames detected between commits; the working tree against a commit through the
 * index, untracked files included unless ignored), runs the semantic diff ({@code dev.steward.model.diff}),
 * adds the blast radius of each breaking change from the BASE revision's lineage (consumers and their
 * owners), keeps review comments and decisions in {@code .steward/reviews/<branch>.yaml} in the
 * workspace (written to the working tree, committed with the branch), and merges a reviewed branch
 * (conflicts listed per file, abort back to the target's head). {@code .report} writes a diff as
 * text, JSON, Markdown or a changelog. No JavaFX here.
 */
package dev.steward.model.review;
