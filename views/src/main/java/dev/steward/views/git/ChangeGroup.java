package dev.steward.views.git;

/** The sections of the changes list, in display order. */
public enum ChangeGroup {
    CONFLICTS("Conflicts"),
    STAGED("Staged"),
    CHANGES("Changes"),
    UNTRACKED("Untracked");

    private final String title;

    ChangeGroup(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Whether the entries of this group are staged (so their action is "unstage"). */
    public boolean isStaged() {
        return this == STAGED;
    }
}
