package dev.steward.model.review;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Where a review stands: the latest verdict per reviewer counts, and any request for changes wins. */
final class ReviewVerdicts {

    private ReviewVerdicts() {
    }

    /** The status of {@code review} (empty: no review file) when the branch's head is {@code head}. */
    static ReviewStatus status(Optional<ReviewRecord> review, String head) {
        if (review.isEmpty()) {
            return ReviewStatus.NONE;
        }
        Map<String, ReviewDecision> latest = new LinkedHashMap<>();
        review.get().decisions().forEach(d -> latest.put(d.reviewer(), d));
        if (latest.values().stream().anyMatch(d -> d.verdict() == ReviewDecision.Verdict.CHANGES_REQUESTED)) {
            return ReviewStatus.CHANGES_REQUESTED;
        }
        if (latest.isEmpty()) {
            return ReviewStatus.IN_REVIEW;
        }
        return latest.values().stream().anyMatch(d -> d.headCommit().equals(head))
                ? ReviewStatus.APPROVED
                : ReviewStatus.STALE_APPROVAL;
    }
}
