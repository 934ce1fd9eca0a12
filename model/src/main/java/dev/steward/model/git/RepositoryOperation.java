package dev.steward.model.git;

import org.eclipse.jgit.lib.RepositoryState;

/** The multi-step operation a repository is in the middle of, if any. */
public enum RepositoryOperation {
    NONE("No operation in progress"),
    MERGING("Merge in progress"),
    REBASING("Rebase in progress"),
    CHERRY_PICKING("Cherry-pick in progress"),
    REVERTING("Revert in progress"),
    BISECTING("Bisect in progress"),
    APPLYING("Applying patches");

    private final String description;

    RepositoryOperation(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    static RepositoryOperation of(RepositoryState state) {
        return switch (state) {
            case SAFE, BARE -> NONE;
            case MERGING, MERGING_RESOLVED -> MERGING;
            case REBASING, REBASING_MERGE, REBASING_INTERACTIVE, REBASING_REBASING -> REBASING;
            case CHERRY_PICKING, CHERRY_PICKING_RESOLVED -> CHERRY_PICKING;
            case REVERTING, REVERTING_RESOLVED -> REVERTING;
            case BISECTING -> BISECTING;
            case APPLY -> APPLYING;
        };
    }
}
