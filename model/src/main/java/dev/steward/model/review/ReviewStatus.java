package dev.steward.model.review;

/** Where a branch's review stands, as the Git panel shows it. */
public enum ReviewStatus {
    /** No review file for the branch. */
    NONE("Not reviewed"),
    /** Comments but no decision yet. */
    IN_REVIEW("In review"),
    APPROVED("Approved"),
    CHANGES_REQUESTED("Changes requested"),
    /** Approved, but the branch has new commits since. */
    STALE_APPROVAL("Approved (new commits since)");

    private final String title;

    ReviewStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
