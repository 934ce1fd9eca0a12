package dev.steward.model.review;

import java.util.Objects;

/** Base and head of a review. For a branch review, {@code base} is the merge base with the target. */
public record ReviewRange(Revision base, Revision head) {

    public ReviewRange {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(head, "head");
    }

    public String label() {
        return base.label() + " → " + head.label();
    }
}
