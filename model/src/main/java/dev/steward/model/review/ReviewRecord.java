package dev.steward.model.review;

import java.util.List;
import java.util.Objects;

/**
 * The review of one branch as stored in {@code .steward/reviews/<branch>.yaml}.
 *
 * @param branch    the reviewed branch
 * @param target    the branch it is to be merged into
 * @param comments  in the order written
 * @param decisions in the order given; the latest per reviewer counts
 */
public record ReviewRecord(String branch, String target, List<ReviewComment> comments, List<ReviewDecision> decisions) {

    public ReviewRecord {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(target, "target");
        comments = List.copyOf(comments);
        decisions = List.copyOf(decisions);
    }
}
