/**
 * The Git panel: {@link dev.steward.views.git.GitWorkspacePane} (open the workspace's repository
 * or offer to initialise one), {@link dev.steward.views.git.GitPanel} with its
 * {@link dev.steward.views.git.GitPanelViewModel}, the {@link dev.steward.views.git.DiffView}, and
 * the prompts the app answers ({@link dev.steward.views.git.GitPrompts}, default dialogs in
 * {@link dev.steward.views.git.GitDialogs}).
 */
package dev.steward.views.git;
