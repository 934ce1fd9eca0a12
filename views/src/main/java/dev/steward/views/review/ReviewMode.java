package dev.steward.views.review;

/** What a review compares. */
public enum ReviewMode {
    /** A branch against its merge base with the branch it is to be merged into. */
    BRANCH("Branch"),
    /** Any two revisions Git resolves. */
    COMMITS("Commits"),
    /** The uncommitted working tree against HEAD. */
    WORKING_TREE("Working tree");

    private final String title;

    ReviewMode(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
