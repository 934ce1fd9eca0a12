/**
 * Git for the studio, through JGit: {@link dev.steward.model.git.GitRepository} (status, stage,
 * diffs, commit, branches, history) returning immutable records, failures as
 * {@link dev.steward.model.git.GitProblem} with user-facing messages, and the pre-commit
 * {@link dev.steward.model.git.CommitGate} that lints staged contracts from the index. No JavaFX.
 */
package dev.steward.model.git;
