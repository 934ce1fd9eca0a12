/**
 * Editor intelligence for semantic-layer files in the studio: a {@link dev.steward.views.semantic.SemanticWorkspace}
 * (the workspace symbol index kept in step with open editors), and
 * {@link dev.steward.views.semantic.SemanticEditorSupport}, which gives an editor completion, hover, go to
 * definition, find usages and rename over it.
 */
package dev.steward.views.semantic;
