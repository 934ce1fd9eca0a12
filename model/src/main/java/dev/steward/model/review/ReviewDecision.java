package dev.steward.model.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's verdict on the branch at one head commit.
 *
 * @param reviewer   "Name <email>"
 * @param verdict    approve or request changes
 * @param at         when
 * @param headCommit the branch head the verdict was given on (full id)
 * @param note       optional summary, may be empty
 */
public record ReviewDecision(String reviewer, Verdict verdict, Instant at, String headCommit, String note) {

    public enum Verdict { APPROVED, CHANGES_REQUESTED }

    public ReviewDecision {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(headCommit, "headCommit");
        Objects.requireNonNull(note, "note");
    }
}
