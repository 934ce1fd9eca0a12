package dev.steward.model.diff;

/** What happened to an element between base and head. */
public enum ChangeKind {
    ADDED("added"), REMOVED("removed"), UPDATED("updated"),
    /** Same stable {@code id}, new name. */
    RENAMED("renamed");

    private final String id;

    ChangeKind(String id) {
        this.id = id;
    }

    /** The word written in reports and JSON. */
    public String id() {
        return id;
    }
}
