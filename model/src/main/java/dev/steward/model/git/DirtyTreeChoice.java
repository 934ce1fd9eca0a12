package dev.steward.model.git;

/** What to do with uncommitted changes when switching branches. */
public enum DirtyTreeChoice {
    /** Refuse to switch, with a {@link GitProblem.Kind#DIRTY_TREE} problem. */
    REFUSE,
    /** Stash the changes, switch, re-apply them; the stash is kept when re-applying conflicts. */
    STASH_AND_REAPPLY
}
