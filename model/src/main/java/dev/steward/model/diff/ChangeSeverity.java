package dev.steward.model.diff;

/** How much a change matters to consumers, most severe first. */
public enum ChangeSeverity {
    /** Consumers break: removed or retyped elements, tightened constraints. */
    BREAKING("breaking"),
    /** Consumers may need to look: loosened constraints, changed relationships. */
    WARNING("warning"),
    /** Documentation and additions: descriptions, tags, new optional elements. */
    INFO("info");

    private final String id;

    ChangeSeverity(String id) {
        this.id = id;
    }

    /** The word written in reports and JSON ({@code breaking}, {@code warning}, {@code info}). */
    public String id() {
        return id;
    }
}
